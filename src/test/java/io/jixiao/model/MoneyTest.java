package io.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void equalAmountsAreEqualWhateverThePrinting() {
    assertThat(Money.parse("15")).isEqualTo(Money.parse("15.00")).isEqualTo(Money.parse("15.0"));
    assertThat(Money.parse("15.00").wan().toPlainString()).isEqualTo("15.00");
    assertThat(Money.parse("0.6400").wan().toPlainString()).isEqualTo("0.64");
    assertThat(Money.parse("1.2345").wan().toPlainString()).isEqualTo("1.2345");
  }

  @Test
  void printedThousandsSeparatorsAreAccepted() {
    assertThat(Money.parse("1,234.50")).isEqualTo(new Money(new BigDecimal("1234.5")));
  }

  @Test
  void anythingButAnAmountIsRefused() {
    assertThatThrownBy(() -> Money.parse("十五万")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.parse("-3")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void budgetIsInconsistentWhenTotalIsNotFiscalPlusOther() {
    assertThat(new Budget(Money.of("10"), Money.of("8"), Money.of("2")).inconsistent()).isFalse();
    assertThat(new Budget(Money.of("10"), Money.of("8"), Money.of("1.99")).inconsistent()).isTrue();
    assertThat(new Budget(Money.of("10"), Money.of("10"), null).inconsistent()).isFalse();
  }

  @Test
  void percentagesAreNormalised() {
    assertThat(Percent.parse("30.0%")).isEqualTo(Percent.of(30));
    assertThat(Percent.parse("12.50 %").value().toPlainString()).isEqualTo("12.5");
    assertThat(Percent.parse("85 百分比")).isEqualTo(Percent.of(85));
  }

  @Test
  void anAmountHasAsciiDigitsOnBothSidesOfItsPoint() {
    assertThat(Money.parse(" 15 ").wan().toPlainString()).isEqualTo("15.00");
    assertThat(Money.parse("1，234").wan().toPlainString()).isEqualTo("1234.00");
    for (String printed : new String[] {"", "1.", ".5", "1.2.3", "１５", "15万", "1 5", "+3"}) {
      assertThatThrownBy(() -> Money.parse(printed))
          .as(printed)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aPercentageHasAsciiDigitsOnBothSidesOfItsPoint() {
    assertThat(Percent.parse("12.5％")).isEqualTo(Percent.parse("12.50"));
    for (String printed : new String[] {"%", "12.%", ".5%", "1.2.3%", "３０%", "30%%", "-1%"}) {
      assertThatThrownBy(() -> Percent.parse(printed))
          .as(printed)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void codesAreLettersAndDigitsOfTheirLength() {
    assertThat(new ProjectCode("13080023P000085100062").value()).isEqualTo("13080023P000085100062");
    assertThat(new ProjectCode("abc123").value()).isEqualTo("abc123");
    for (String code : new String[] {"abc12", "1".repeat(41), "1308-0023", "１３０８００", "13080 23"}) {
      assertThatThrownBy(() -> new ProjectCode(code))
          .as(code)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(new UnitCode("123").value()).isEqualTo("123");
    assertThat(new UnitCode("123456789012").value()).isEqualTo("123456789012");
    for (String code : new String[] {"12", "1234567890123", "12a", "５４３００１"}) {
      assertThatThrownBy(() -> new UnitCode(code))
          .as(code)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aUnitLineSplitsIntoCodeAndName() {
    BudgetUnit u = BudgetUnit.parse("543001 承德市自然资源和规划局本级");
    assertThat(u.code()).isEqualTo(new UnitCode("543001"));
    assertThat(u.name()).isEqualTo("承德市自然资源和规划局本级");
    assertThat(BudgetUnit.parse("358101天津市规划和自然资源局财务管理处").code().value()).isEqualTo("358101");
    assertThat(BudgetUnit.parse("市本级").code()).isNull();
  }
}
