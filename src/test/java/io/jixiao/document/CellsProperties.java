package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The white-space rule of {@link Cells#collapse}, against its plain statement. */
class CellsProperties {

  @Property(tries = 3000)
  void collapsesAsThePlainRuleSays(@ForAll("cellText") String s) {
    assertThat(Cells.collapse(s)).isEqualTo(plainCollapse(s));
  }

  @Property(tries = 1000)
  void collapsingTwiceChangesNothing(@ForAll("cellText") String s) {
    String once = Cells.collapse(s);
    assertThat(Cells.collapse(once)).isEqualTo(once);
  }

  @Example
  void joinsALineBreakWithNothingAndKeepsOneSpaceBetweenWords() {
    assertThat(Cells.collapse("\t 指标值 \n ≥90%  以上\u3000 ")).isEqualTo("指标值≥90% 以上");
    assertThat(Cells.collapse(" \u3000 ")).isEmpty();
    assertThat(Cells.collapse("数量指标")).isEqualTo("数量指标");
  }

  @Example
  void treatsExactlyTheListedCharactersAsWhiteSpace() {
    String listed = " \t\n\r\f\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff";
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(Cells.isSpace(c)).as("U+%04X", (int) c).isEqualTo(listed.indexOf(c) >= 0);
    }
  }

  /** Text made of the characters the rule treats apart: every kind of white space, breaks. */
  @Provide
  Arbitrary<String> cellText() {
    return Arbitraries.strings()
        .withChars(' ', '\t', '\n', '\r', '\f', '\u000b', '\u3000', '\u00a0', '\u2002', '\u2003')
        .withChars('\u2009', '\u200b', '\ufeff', '\u2028', 'a', '1', '%', '指', '标', '，', '\u3001')
        .ofMaxLength(16);
  }

  /** The rule as first written: one pass, building the result. */
  private static String plainCollapse(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    boolean lineBreak = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        lineBreak = true;
      } else if (Cells.isSpace(c)) {
        space = b.length() > 0;
      } else {
        if (space && !lineBreak) {
          b.append(' ');
        }
        space = false;
        lineBreak = false;
        b.append(c);
      }
    }
    return b.toString();
  }
}
