package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Paragraphs#isValueLike} decides as the pattern it was first written with. */
class ParagraphsProperties {

  private static final Pattern VALUE_LIKE =
      Pattern.compile("(?:[≥≤＞＜><=≧≦$][^，。；,;]*|[\\d%％‰])$");

  @Property(tries = 5000)
  void aLineIsValueLikeWhereThePatternFindsIt(@ForAll("endings") String s) {
    assertThat(Paragraphs.isValueLike(s)).isEqualTo(VALUE_LIKE.matcher(s).find());
  }

  @Example
  void aComparisonInTheLastClauseOrANumberAtTheEndIsValueLike() {
    assertThat(Paragraphs.isValueLike("地质灾害隐患点核查排查率≥90%以上")).isTrue();
    assertThat(Paragraphs.isValueLike("完成率达到100")).isTrue();
    assertThat(Paragraphs.isValueLike("完成率≥90%，服务满意")).isFalse();
    assertThat(Paragraphs.isValueLike("提升服务水平")).isFalse();
    assertThat(Paragraphs.isValueLike("")).isFalse();
  }

  @Example
  void aValueEndingBeforeAFinalLineTerminatorIsValueLikeAsThePatternSays() {
    for (String s : new String[] {"90%\r\n", "90\n", "90\r", "90\u2028", "90\u0085", "≥5\n"}) {
      assertThat(Paragraphs.isValueLike(s)).as(s).isTrue();
    }
    for (String s : new String[] {"90\n\n", "90\n\r", "≥5。\n", "90\r\n\n", "\r\n"}) {
      assertThat(Paragraphs.isValueLike(s)).as(s).isFalse();
    }
  }

  /** Signs, clause ends, value ends and every line terminator, where the pattern's $ matches. */
  @Provide
  Arbitrary<String> endings() {
    return Arbitraries.strings()
        .withChars('≥', '≤', '＞', '＜', '>', '<', '=', '≧', '≦', '$', '，', '。', '；', ',', ';')
        .withChars('1', '0', '%', '％', '‰', '\n', '\r', '\u0085', '\u2028', '\u2029', '指', 'a')
        .ofMaxLength(8);
  }
}
