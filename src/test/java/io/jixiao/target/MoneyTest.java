package io.jixiao.target;

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
  void aUnitLineSplitsIntoCodeAndName() {
    BudgetUnit u = BudgetUnit.parse("543001 承德市自然资源和规划局本级");
    assertThat(u.code()).isEqualTo(new UnitCode("543001"));
    assertThat(u.name()).isEqualTo("承德市自然资源和规划局本级");
    assertThat(BudgetUnit.parse("358101天津市规划和自然资源局财务管理处").code().value()).isEqualTo("358101");
    assertThat(BudgetUnit.parse("市本级").code()).isNull();
  }
}
