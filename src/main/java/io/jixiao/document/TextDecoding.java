package io.jixiao.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text export: UTF-8 (with or without BOM), else GB18030 (what Chinese Windows saves as
 * "ANSI"). A file with NUL bytes or many control characters is binary and refused.
 */
final class TextDecoding {

  private TextDecoding() {}

  /** The decoded text, or null with an error in {@code problems}. */
  static String decode(byte[] bytes, Problems problems) {
    int probe = Math.min(bytes.length, 64 * 1024);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        problems.error(
            "IMP-BINARY", 0, null, null, "不是文本文件（含二进制内容）；请导入 .txt 文本导出或 JSON 交换文件");
        return null;
      }
    }
    String text =
        isWellFormedUtf8(bytes)
            ? new String(bytes, StandardCharsets.UTF_8)
            : strict(bytes, StandardCharsets.UTF_8);
    if (text == null) {
      text = strict(bytes, Charset.forName("GB18030"));
    }
    if (text == null || controlShare(text) > 0.01) {
      problems.error("IMP-BINARY", 0, null, null, "无法识别文件编码（不是 UTF-8 或 GB18030 文本），可能是二进制文件");
      return null;
    }
    return text;
  }

  /**
   * True when {@code b} is well-formed UTF-8 (Unicode table 3-7: no overlong forms, no surrogates,
   * nothing above U+10FFFF), which the strict decoder accepts; then the plain, faster decoding
   * gives the same text.
   */
  static boolean isWellFormedUtf8(byte[] b) {
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xff;
      if (c >= 0xc2 && c <= 0xdf) {
        if (i + 1 >= n || !isContinuation(b[i + 1])) {
          return false;
        }
        i += 2;
      } else if (c >= 0xe0 && c <= 0xef) {
        if (i + 2 >= n) {
          return false;
        }
        int c1 = b[i + 1] & 0xff;
        int lo = c == 0xe0 ? 0xa0 : 0x80;
        int hi = c == 0xed ? 0x9f : 0xbf;
        if (c1 < lo || c1 > hi || !isContinuation(b[i + 2])) {
          return false;
        }
        i += 3;
      } else if (c >= 0xf0 && c <= 0xf4) {
        if (i + 3 >= n) {
          return false;
        }
        int c1 = b[i + 1] & 0xff;
        int lo = c == 0xf0 ? 0x90 : 0x80;
        int hi = c == 0xf4 ? 0x8f : 0xbf;
        if (c1 < lo || c1 > hi || !isContinuation(b[i + 2]) || !isContinuation(b[i + 3])) {
          return false;
        }
        i += 4;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xc0) == 0x80;
  }

  private static String strict(byte[] bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static double controlShare(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return (double) control / text.length();
  }
}
