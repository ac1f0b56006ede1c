package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The glued numbers of a 成本构成 row: every way to read them holds the amounts that were glued. */
class GluedTextGridReaderProperties {

  @Property
  void twoGluedAmountsAreAmongTheSplitsAndEverySplitGluesBackToTheText(
      @ForAll @IntRange(min = 0, max = 99_999) int a,
      @ForAll @IntRange(min = 0, max = 2) int aScale,
      @ForAll @IntRange(min = 0, max = 99_999) int b,
      @ForAll @IntRange(min = 0, max = 2) int bScale) {
    String first = BigDecimal.valueOf(a, aScale).toPlainString();
    String second = BigDecimal.valueOf(b, bScale).toPlainString();
    String glued = first + second;

    var splits = GluedTextGridReader.splits(glued, 2);

    assertThat(splits).anySatisfy(s -> assertThat(s).containsExactly(first, second));
    assertThat(splits).allSatisfy(s -> assertThat(s[0] + s[1]).isEqualTo(glued));
  }

  @Property
  void threeGluedAmountsAreAmongTheSplits(
      @ForAll @IntRange(min = 1, max = 9_999) int a,
      @ForAll @IntRange(min = 1, max = 99_999) int b,
      @ForAll @IntRange(min = 1, max = 99_999) int c) {
    String first = BigDecimal.valueOf(a).toPlainString();
    String second = BigDecimal.valueOf(b, 2).toPlainString();
    String third = BigDecimal.valueOf(c, 2).toPlainString();

    assertThat(GluedTextGridReader.splits(first + second + third, 3))
        .anySatisfy(s -> assertThat(s).containsExactly(first, second, third));
  }
}
