package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The text helpers every rule compares cells with. */
class TextProperties {

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.strings()
        .withChars("产出指标满意度≥≤%％，。、（）“” \u3000\t0123456789.年月日XAa《》")
        .ofMaxLength(30);
  }

  @Property
  void squashingTwiceChangesNothing(@ForAll("cells") String cell) {
    String once = Text.squash(cell);

    assertThat(Text.squash(once)).isEqualTo(once);
  }

  @Property
  void aSquashedCellHasNoSpaceAndNoPunctuation(@ForAll("cells") String cell) {
    assertThat(Text.squash(cell)).doesNotContain(" ", "\u3000", "\t", "，", "。", "（", "“", "％");
  }

  @Property
  void aCellIsASubsequenceOfItselfWithMoreText(
      @ForAll("cells") String cell, @ForAll("cells") String more) {
    assertThat(Text.isSubsequence(cell, cell + more)).isTrue();
    assertThat(Text.isSubsequence(cell, more + cell)).isTrue();
  }

  @Example
  void squashKeepsSignsDigitsAndDecimals() {
    assertThat(Text.squash("≤ 100.17 万元。")).isEqualTo("≤100.17万元");
    assertThat(Text.squash("≥95 ％")).isEqualTo("≥95%");
    assertThat(Text.squash(null)).isEmpty();
  }

  @Example
  void yearsAreDroppedFromProjectNames() {
    assertThat(Text.withoutYears("2023年承德市2022年度国土变更调查市级汇总")).isEqualTo("承德市国土变更调查市级汇总");
    assertThat(Text.withoutYears("PM2.5环境容量")).isEqualTo("PM2.5环境容量");
    assertThat(Text.withoutYears("12345年")).isEqualTo("12345年");
  }

  @Example
  void quotesAreShortenedWithAnEllipsis() {
    assertThat(Text.quote("≥90%")).isEqualTo("“≥90%”");
    assertThat(Text.quote("一".repeat(50))).isEqualTo("“" + "一".repeat(40) + "…”");
  }
}
