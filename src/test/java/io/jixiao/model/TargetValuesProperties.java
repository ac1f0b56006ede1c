package io.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TargetValuesProperties {

  private static final List<String> UNITS =
      Arrays.asList(
          null, "%", "个", "万元", "元", "人次", "平方公里", "小时", "套", "份", "次", "万人", "亩", "吨", "km", "天",
          "万条", "项", "家", "k㎡", "次/年");

  /** A quantity and one way of printing it. */
  record Printed(String text, Sign sign, BigDecimal number, String unit) {}

  @Property(tries = 3000)
  void readsBackTheSignNumberAndUnitOfAPrintedQuantity(@ForAll("quantities") Printed p) {
    TargetValue value = TargetValues.parse(p.text());

    assertThat(value).as(p.text()).isInstanceOf(TargetValue.Quantity.class);
    TargetValue.Quantity q = (TargetValue.Quantity) value;
    assertThat(q.sign()).as("sign of %s", p.text()).isEqualTo(p.sign());
    assertThat(q.number()).as("number of %s", p.text()).isEqualByComparingTo(p.number());
    assertThat(q.unit()).as("unit of %s", p.text()).isEqualTo(p.unit());
    assertThat(q.remark()).as("remark of %s", p.text()).isNull();
  }

  @Property(tries = 1000)
  void readsBackAPrintedDate(
      @ForAll @IntRange(min = 1990, max = 2100) int year,
      @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 31) int day,
      @ForAll boolean spaces,
      @ForAll boolean fullWidth) {
    String gap = spaces ? " " : "";
    String text = year + gap + "年" + gap + month + gap + "月" + gap + day + gap + "日前完成";
    TargetValue value = TargetValues.parse(fullWidth ? fullWidth(text) : text);

    assertThat(value).isEqualTo(new TargetValue.Deadline(year, month, day, false));
  }

  @Property(tries = 5000)
  void neverThrowsOnAnyText(@ForAll String any) {
    TargetValue value = TargetValues.parse(any);

    assertThat(value).isNotNull();
    if (any.isBlank()) {
      assertThat(value).isEqualTo(new TargetValue.Blank());
    }
    if (value instanceof TargetValue.Blank) {
      assertThat(ValueGrammarStats.hasDigit(any)).isFalse();
    }
  }

  @Property(tries = 5000)
  void neverThrowsOnTextMadeOfTheGrammarsOwnCharacters(@ForAll("grammarText") String text) {
    TargetValue value = TargetValues.parse(text);

    assertThat(value).isNotNull();
    assertThat(value.sign()).isNotNull();
  }

  @Property(tries = 5000)
  void neverReadsTextWithADigitAsQualitative(
      @ForAll("grammarText") String text,
      @ForAll @IntRange(min = 0, max = 9) int digit,
      @ForAll boolean fullWidth,
      @ForAll @IntRange(min = 0, max = 40) int at) {
    char c = (char) ((fullWidth ? '０' : '0') + digit);
    int i = Math.min(at, text.length());
    String withDigit = text.substring(0, i) + c + text.substring(i);

    TargetValue value = TargetValues.parse(withDigit);

    assertThat(value).as(withDigit).isNotInstanceOf(TargetValue.Qualitative.class);
    assertThat(value).as(withDigit).isNotInstanceOf(TargetValue.Blank.class);
  }

  // ---------------------------------------------------------------------------------------------

  @Provide
  Arbitrary<Printed> quantities() {
    Arbitrary<Sign> signs = Arbitraries.of(Sign.GE, Sign.GT, Sign.EQ, Sign.LT, Sign.LE);
    Arbitrary<BigDecimal> numbers =
        Combinators.combine(
                Arbitraries.longs().between(0, 9_999_999), Arbitraries.integers().between(0, 2))
            .as(BigDecimal::valueOf);
    Arbitrary<String> units = Arbitraries.of(UNITS);
    Arbitrary<List<Integer>> choices = Arbitraries.integers().between(0, 999).list().ofSize(7);
    return Combinators.combine(signs, numbers, units, choices)
        .as(
            (sign, number, unit, choice) ->
                new Printed(render(sign, number, unit, new Choices(choice)), sign, number, unit))
        .filter(p -> !(p.unit() == null && looksLikeYearAndMonth(p.number())));
  }

  /**
   * Prints a quantity: the sign as a symbol (with its variants), as a word before the number, or as
   * a word after it; optional spaces; ASCII or full-width digits; % as %, ％ or 百分比.
   */
  private static String render(Sign sign, BigDecimal number, String unit, Choices random) {
    String digits = number.toPlainString();
    if (random.next(2) == 1) {
      digits = fullWidth(digits);
    }
    String printedUnit = unit == null ? "" : unit;
    if ("%".equals(unit)) {
      printedUnit = pick(random, "%", "％", "百分比", "百分 比");
    }
    String gap1 = pick(random, "", "", " ", "\u3000");
    String gap2 = pick(random, "", "", " ");
    int kind = random.next(3);
    String before = "";
    String after = "";
    if (kind == 1) {
      before = pick(random, words(sign));
    } else if (kind == 2 && (sign == Sign.GE || sign == Sign.LE)) {
      after = sign == Sign.GE ? pick(random, "以上", "及以上") : pick(random, "以内", "以下");
    } else {
      before = pick(random, symbols(sign));
    }
    return before + gap1 + digits + gap2 + printedUnit + after;
  }

  private static String[] symbols(Sign sign) {
    switch (sign) {
      case GE:
        return new String[] {"≥", ">=", "≧", "⩾", "＞＝"};
      case GT:
        return new String[] {">", "＞"};
      case LT:
        return new String[] {"<", "＜"};
      case LE:
        return new String[] {"≤", "<=", "≦", "⩽"};
      default:
        return new String[] {"", "=", "＝"};
    }
  }

  private static String[] words(Sign sign) {
    switch (sign) {
      case GE:
        return new String[] {"不低于", "不少于", "不小于", "大于等于", "至少", "达到"};
      case GT:
        return new String[] {"大于", "超过", "多于", "高于"};
      case LT:
        return new String[] {"小于", "少于", "低于", "不足"};
      case LE:
        return new String[] {"不高于", "不超过", "不大于", "小于等于", "控制在"};
      default:
        return new String[] {"", "等于"};
    }
  }

  @Provide
  Arbitrary<String> grammarText() {
    return Arbitraries.strings()
        .withChars("0123456789０１２３４５６７８９.,%％≥≤><=＞＜年月日号底前至到-—~～个万元次/:：*×")
        .withChars("《》〔〕()（）上年较提高下降持平以上以内余多约百分之一二三四十季度第半全期间每 \u3000$\\")
        .withChars("ABGT平方公里kmKM㎡·、，。")
        .ofMaxLength(30);
  }

  private static boolean looksLikeYearAndMonth(BigDecimal n) {
    int whole = n.intValue();
    return n.scale() > 0 && whole >= 1900 && whole <= 2199;
  }

  private static String fullWidth(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if (c >= '0' && c <= '9') {
        b.append((char) (c - '0' + '０'));
      } else if (c == '.') {
        b.append('．');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String pick(Choices random, String... options) {
    return options[random.next(options.length)];
  }

  /** Generated choices, used one after the other (shrinkable, unlike a Random). */
  private static final class Choices {
    private final List<Integer> values;
    private int used;

    Choices(List<Integer> values) {
      this.values = values;
    }

    int next(int bound) {
      return values.get(used++ % values.size()) % bound;
    }
  }
}
