package io.jixiao.publish;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/** Paragraphs and runs of the DOCX writer: styled paragraphs, text made safe for XML. */
final class DocxText {

  private static final String DIGITS = "一二三四五六七八九";

  private DocxText() {}

  /**
   * A new paragraph at the end of the body in {@code style}, holding {@code text} when not null.
   */
  static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(style);
    if (text != null) {
      run(p, text, false);
    }
    return p;
  }

  static XWPFRun run(XWPFParagraph p, String text, boolean bold) {
    XWPFRun r = p.createRun();
    if (bold) {
      r.setBold(true);
    }
    r.setText(safe(text));
    return r;
  }

  /** A run of {@code text} appended to a raw paragraph (tables are built on the XML beans). */
  static void run(CTP p, String text, boolean bold) {
    CTR r = p.addNewR();
    if (bold) {
      r.addNewRPr().addNewB();
    }
    CTText t = r.addNewT();
    t.setStringValue(safe(text));
    t.setSpace(SpaceAttribute.Space.PRESERVE);
  }

  /**
   * The text without the characters XML 1.0 cannot hold (control characters other than tab and line
   * feed, lone surrogates); a line feed or tab in a value would be taken for a break, so it becomes
   * a space.
   */
  static String safe(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (c == '\t' || c == '\n' || c == '\r') {
        ok = false;
      } else if (Character.isHighSurrogate(c)) {
        ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (ok) {
          if (b != null) {
            b.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        ok = c >= 0x20 && !Character.isLowSurrogate(c) && c != 0xfffe && c != 0xffff;
      }
      if (!ok && b == null) {
        b = new StringBuilder(s.length());
        b.append(s, 0, i);
      }
      if (b != null) {
        if (ok) {
          b.append(c);
        } else if (c == '\t' || c == '\n' || c == '\r') {
          b.append(' ');
        }
      }
    }
    return b == null ? s : b.toString();
  }

  /** {@code 1} → 一, {@code 12} → 十二, {@code 26} → 二十六 (1 to 99). */
  static String chinese(int n) {
    if (n < 1 || n > 99) {
      return String.valueOf(n);
    }
    int tens = n / 10;
    int ones = n % 10;
    StringBuilder b = new StringBuilder();
    if (tens > 1) {
      b.append(DIGITS.charAt(tens - 1));
    }
    if (tens > 0) {
      b.append('十');
    }
    if (ones > 0) {
      b.append(DIGITS.charAt(ones - 1));
    }
    return b.toString();
  }
}
