package io.jixiao.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.model.Money;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entries and the actuals they make. */
class ActualsEntryTest {

  private static final ProjectKey K = new ProjectKey("a.txt", 2);
  private static final YearMonth JUN = YearMonth.of(2023, 6);
  private static final YearMonth OCT = YearMonth.of(2023, 10);
  private static final YearMonth DEC = YearMonth.of(2023, 12);

  @Test
  void amountsAreWrittenPlainlyWithTwoDecimalsAndBlankNotesAreNone() {
    ActualsEntry e = new ActualsEntry(K, ActualsEntry.Kind.SPENT, 0, JUN, "1,234.5", "  ");

    assertThat(e.value()).isEqualTo("1234.50");
    assertThat(e.note()).isNull();
    assertThat(e.row()).isEqualTo("spent");
    assertThat(e.amount()).isEqualTo(Money.parse("1234.5"));
  }

  @Test
  void theLatestBudgetLineAndTheLatestSpendingNoteApply() {
    Actuals a =
        ActualsEntry.assemble(
            List.of(
                ActualsEntry.spent(K, JUN, Money.parse("2"), "招标延后"),
                ActualsEntry.spent(K, OCT, Money.parse("5"), null),
                ActualsEntry.budget(K, DEC, Money.parse("9"), "年底调减"),
                ActualsEntry.budget(K, JUN, Money.parse("12"), "追加"),
                ActualsEntry.indicator(K, 2, DEC, "达成", null),
                ActualsEntry.indicator(K, 1, DEC, "96%", "好"),
                ActualsEntry.indicator(K, 1, JUN, "40%", null)));

    ProjectActuals p = a.of("a.txt", 2).orElseThrow();
    assertThat(p.adjustedBudget()).isEqualTo(Money.parse("9"));
    assertThat(p.budgetNote()).isEqualTo("年底调减");
    assertThat(p.spendingNote()).isEqualTo("招标延后");
    assertThat(p.lastSpent().orElseThrow().getValue()).isEqualTo(Money.parse("5"));
    assertThat(p.indicators())
        .extracting(IndicatorActual::row, IndicatorActual::period)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, JUN),
            org.assertj.core.groups.Tuple.tuple(1, DEC),
            org.assertj.core.groups.Tuple.tuple(2, DEC));
    assertThat(p.latest(2).orElseThrow().achievement()).isEqualTo(Achievement.ACHIEVED);
  }

  @Test
  void theSameLineTwiceCannotBeAssembled() {
    assertThatThrownBy(
            () ->
                ActualsEntry.assemble(
                    List.of(
                        ActualsEntry.indicator(K, 1, DEC, "96%", null),
                        ActualsEntry.indicator(K, 1, DEC, "97%", null))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
