package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.Seeds;
import io.jixiao.monitor.Actuals;
import io.jixiao.monitor.ActualsEntry;
import io.jixiao.monitor.ActualsReadResult;
import io.jixiao.monitor.ProjectActuals;
import io.jixiao.monitor.ProjectKey;
import io.jixiao.monitor.SampleActuals;
import io.jixiao.model.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every database must do for {@link ActualsStore}; run against H2 and PostgreSQL by the
 * subclasses. Each test starts with a freshly migrated, empty database.
 */
abstract class ActualsStoreContract {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-01-20T08:00:00Z"), ZoneOffset.UTC);
  private static final ProjectKey T1 = new ProjectKey(Seeds.CHENGDE, 1);
  private static final YearMonth JUN = YearMonth.of(2023, 6);
  private static final YearMonth DEC = YearMonth.of(2023, 12);

  Database database;
  ActualsStore store;
  JdbcClient jdbc;

  abstract String freshUrl() throws Exception;

  abstract void dispose() throws Exception;

  @BeforeEach
  void open() throws Exception {
    database = Database.open(freshUrl());
    store = new ActualsStore(database.dataSource(), CLOCK, e -> {});
    jdbc = JdbcClient.create(database.dataSource());
  }

  @AfterEach
  void close() throws Exception {
    database.close();
    dispose();
  }

  private int count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
  }

  @Test
  void theSampleOfSeed001LoadsBackAsTheSameActuals() {
    ActualsReadResult sample = SampleActuals.read();

    StoredActuals stored = store.save(sample);

    assertThat(stored.file()).isEqualTo("001-chengde-2023.csv");
    assertThat(stored.created()).isEqualTo(46);
    assertThat(stored.replaced()).isZero();
    assertThat(store.load(Seeds.CHENGDE)).isEqualTo(sample.actuals());
    assertThat(store.entries(Seeds.CHENGDE)).containsExactlyInAnyOrderElementsOf(sample.entries());
    assertThat(count("spending_actual")).isEqualTo(11);
    assertThat(count("budget_adjustment")).isEqualTo(1);
    assertThat(count("indicator_actual")).isEqualTo(34);
  }

  @Test
  void storesTheParsedValueBesideTheTextForQueries() {
    store.save(
        "a.csv",
        List.of(
            ActualsEntry.indicator(T1, 2, DEC, "95.5%", null),
            ActualsEntry.indicator(T1, 5, DEC, "基本达成", "应用范围不足")));

    var rows =
        jdbc.sql(
                "SELECT indicator_row, kind, sign_code, number, unit, achievement, note"
                    + " FROM indicator_actual ORDER BY indicator_row")
            .query()
            .listOfRows();
    assertThat(rows.get(0))
        .containsEntry("kind", "QUANTITY")
        .containsEntry("unit", "%")
        .containsEntry("achievement", null);
    assertThat((BigDecimal) rows.get(0).get("number")).isEqualByComparingTo("95.5");
    assertThat(rows.get(1))
        .containsEntry("kind", "QUALITATIVE")
        .containsEntry("achievement", "MOSTLY")
        .containsEntry("note", "应用范围不足");
  }

  @Test
  void importingALineAgainReplacesItAndLeavesTheOtherMonthsAlone() {
    store.save(
        "june.csv",
        List.of(
            ActualsEntry.spent(T1, JUN, Money.parse("3"), "招标延后"),
            ActualsEntry.indicator(T1, 1, JUN, "1次", null)));
    StoredActuals december =
        store.save(
            "december.csv",
            List.of(
                ActualsEntry.spent(T1, DEC, Money.parse("15"), null),
                ActualsEntry.indicator(T1, 1, JUN, "2次", "补报"),
                ActualsEntry.budget(T1, DEC, Money.parse("14.5"), "年底调减")));

    assertThat(december.created()).isEqualTo(2);
    assertThat(december.replaced()).isEqualTo(1);
    ProjectActuals t = store.load(Seeds.CHENGDE).of(Seeds.CHENGDE, 1).orElseThrow();
    assertThat(t.spent())
        .containsEntry(JUN, Money.parse("3"))
        .containsEntry(DEC, Money.parse("15"));
    assertThat(t.spendingNote()).isEqualTo("招标延后");
    assertThat(t.adjustedBudget()).isEqualTo(Money.parse("14.5"));
    assertThat(t.indicators())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.printed()).isEqualTo("2次");
              assertThat(a.note()).isEqualTo("补报");
            });
    assertThat(count("actuals_import")).isEqualTo(2);
    assertThat(
            jdbc.sql(
                    "SELECT i.file FROM indicator_actual a JOIN actuals_import i ON i.id ="
                        + " a.import_id")
                .query(String.class)
                .single())
        .isEqualTo("december.csv");
  }

  @Test
  void theLastPeriodIsTheLatestSpendingOrIndicatorMonthOfTheSourcesAskedFor() {
    ProjectKey other = new ProjectKey("other.txt", 1);
    store.save(
        "a.csv",
        List.of(
            ActualsEntry.spent(T1, JUN, Money.parse("3"), null),
            ActualsEntry.indicator(
                new ProjectKey(Seeds.CHENGDE, 2), 1, YearMonth.of(2023, 9), "1次", null),
            // a budget adjustment is no report of the month
            ActualsEntry.budget(T1, DEC, Money.parse("14.5"), "年底调减"),
            ActualsEntry.spent(other, DEC, Money.parse("1"), null)));

    assertThat(store.lastPeriod(List.of(Seeds.CHENGDE))).contains(YearMonth.of(2023, 9));
    assertThat(store.lastPeriod(List.of(Seeds.CHENGDE, "other.txt"))).contains(DEC);
    assertThat(store.lastPeriod(List.of("none.txt"))).isEmpty();
    assertThat(store.lastPeriod(List.of())).isEmpty();
    assertThat(store.load(Seeds.CHENGDE).projects().values())
        .extracting(p -> p.lastPeriod().orElseThrow())
        .containsExactlyInAnyOrder(JUN, YearMonth.of(2023, 9));
  }

  @Test
  void aFailureInTheMiddleOfAnImportWritesNothing() {
    store.save("first.csv", List.of(ActualsEntry.spent(T1, JUN, Money.parse("3"), null)));
    AtomicInteger written = new AtomicInteger();
    ActualsStore failing =
        new ActualsStore(
            database.dataSource(),
            CLOCK,
            e -> {
              if (written.incrementAndGet() == 2) {
                throw new IllegalStateException("disk full");
              }
            });

    assertThatThrownBy(
            () ->
                failing.save(
                    "second.csv",
                    List.of(
                        ActualsEntry.spent(T1, JUN, Money.parse("4"), null),
                        ActualsEntry.spent(T1, DEC, Money.parse("15"), null))))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("second.csv 保存失败，未写入任何内容：disk full");

    assertThat(store.load(Seeds.CHENGDE).of(Seeds.CHENGDE, 1).orElseThrow().spent())
        .containsExactlyEntriesOf(java.util.Map.of(JUN, Money.parse("3")));
    assertThat(count("actuals_import")).isEqualTo(1);
  }

  @Test
  void aFileWithErrorsIsNeverStored() {
    ActualsReadResult bad =
        io.jixiao.monitor.ActualsCsv.read(
            "bad.csv",
            "source,seq,row,period,value,note\nx.txt,1,spent,2023-06,1,\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            List.of(SampleActuals.chengde()));

    assertThatThrownBy(() -> store.save(bad)).isInstanceOf(IllegalArgumentException.class);
    assertThat(count("actuals_import")).isZero();
  }

  @Test
  void aDocumentWithoutActualsHasNone() {
    store.save("a.csv", List.of(ActualsEntry.spent(T1, JUN, Money.parse("3"), null)));

    assertThat(store.load("other.txt")).isEqualTo(Actuals.NONE);
    assertThat(store.load(List.of(Seeds.CHENGDE, "other.txt")).projects()).hasSize(1);
  }

  @Test
  void anAmountTooLargeForTheColumnIsRefusedBeforeWriting() {
    assertThatThrownBy(
            () ->
                store.save(
                    "a.csv",
                    List.of(ActualsEntry.spent(T1, JUN, Money.parse("1234567890123"), null))))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("过大");
    assertThat(count("actuals_import")).isZero();
  }
}
