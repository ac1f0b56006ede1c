package io.jixiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.Indicator;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TestDocuments;
import io.jixiao.monitor.ActualsEntry;
import io.jixiao.monitor.IndicatorActual;
import io.jixiao.monitor.ProjectActuals;
import io.jixiao.monitor.ProjectKey;
import io.jixiao.store.ActualsStore;
import io.jixiao.store.Database;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Any permutation of a department's tables and of a table's indicator rows, in a re-import or an
 * edit, leaves every workflow state, history entry and stored actual attached to the same table and
 * indicator (ADR 10): the tables are matched by identity, the indicators too, and the stored
 * actuals move with them.
 */
class IdentityPermutationProperties {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final String SOURCE = "dept.txt";
  private static final YearMonth JUNE = YearMonth.of(2024, 6);
  private static final int TABLES = 4;
  private static final int ROWS = 3;

  @Property(tries = 12)
  void permutedTablesAndRowsKeepStatesHistoriesAndActualsOnTheirTables(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Random random = new Random(seed);
    String url = "jdbc:h2:mem:perm" + DATABASES.incrementAndGet()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    try (Database db = Database.open(url)) {
      DataSource ds = db.dataSource();
      ProjectWorkflows targets = new ProjectWorkflows(ds);
      TargetDocument original = document(identityOrder(), identityRows());
      ImportOutcome first = new ImportDocument(ds).run(SOURCE, original, Actor.SYSTEM);
      Map<String, Long> ids = new HashMap<>();
      first.tables().forEach(t -> ids.put(t.projectName(), t.id()));
      // tables 1 and 2 approved (2 also published), with June's actuals on every indicator
      TakeWorkflowStep steps = new TakeWorkflowStep(ds);
      for (int table = 1; table <= 2; table++) {
        long id = ids.get("项目" + table);
        steps.take(id, WorkflowStep.SUBMIT, null, null, new Actor("dept", null));
        steps.take(id, WorkflowStep.APPROVE, null, null, new Actor("reviewer", null));
      }
      steps.take(ids.get("项目2"), WorkflowStep.PUBLISH, null, null, new Actor("reviewer", null));
      List<ActualsEntry> entries = new ArrayList<>();
      for (int table = 1; table <= 2; table++) {
        for (int row = 1; row <= ROWS; row++) {
          entries.add(ActualsEntry.indicator(new ProjectKey(SOURCE, table), row, JUNE,
              expected(table, row), null));
        }
      }
      new RecordActuals(ds).record("june.csv", "ACTUALS_IMPORT", entries, Actor.SYSTEM);
      Map<Long, ProjectSummary> before = new HashMap<>();
      Map<Long, List<Transition>> histories = new HashMap<>();
      for (ProjectSummary t : targets.all()) {
        before.put(t.id(), t);
        histories.put(t.id(), targets.history(t.id()));
      }

      // a re-import with the tables and every table's rows in another order, renumbered
      List<Integer> order = shuffled(identityOrder(), random);
      Map<Integer, List<Integer>> rows = new HashMap<>();
      for (int table = 1; table <= TABLES; table++) {
        rows.put(table, shuffled(identityRows().get(table), random));
      }
      new ImportDocument(ds).run(SOURCE, document(order, rows), Actor.SYSTEM);

      for (int table = 1; table <= TABLES; table++) {
        long id = ids.get("项目" + table);
        ProjectSummary was = before.get(id);
        ProjectSummary now = targets.summary(id).orElseThrow();
        assertThat(now.projectName()).isEqualTo("项目" + table);
        assertThat(now.position()).isEqualTo(order.indexOf(table) + 1);
        boolean reordered = !rows.get(table).equals(identityRows().get(table));
        assertThat(now.state())
            .isEqualTo(reordered && !was.state().editable() ? ProjectState.DRAFT : was.state());
        assertThat(targets.history(id)).startsWith(histories.get(id).toArray(new Transition[0]));
      }
      assertActualsOnTheirIndicators(ds, order, rows);

      // an edit of a table that has actuals (now a draft again) that reorders its rows once more
      long one = ids.get("项目1");
      ProjectSummary t1 = targets.summary(one).orElseThrow();
      if (t1.state().editable()) {
        List<Integer> again = shuffled(rows.get(1), random);
        new EditTable(ds).edit(one, t1.revision(),
            p -> withRows(p, again), new Actor("dept", null));
        rows.put(1, again);
        assertActualsOnTheirIndicators(ds, order, rows);
      }
    }
  }

  private static void assertActualsOnTheirIndicators(
      DataSource ds, List<Integer> order, Map<Integer, List<Integer>> rows) {
    var actuals = new ActualsStore(ds).load(SOURCE);
    for (int table = 1; table <= 2; table++) {
      int seq = order.indexOf(table) + 1;
      ProjectActuals p = actuals.of(SOURCE, seq).orElseThrow();
      assertThat(p.indicators()).hasSize(ROWS);
      for (IndicatorActual a : p.indicators()) {
        int indicator = rows.get(table).get(a.row() - 1);
        assertThat(a.printed()).isEqualTo(expected(table, indicator));
      }
    }
    for (int table = 3; table <= TABLES; table++) {
      assertThat(actuals.of(SOURCE, order.indexOf(table) + 1)).isEmpty();
    }
  }

  /** The value stored for indicator {@code row} (its original row) of table {@code table}. */
  private static String expected(int table, int row) {
    return (table * 10 + row) + "个";
  }

  private static List<Integer> identityOrder() {
    List<Integer> order = new ArrayList<>();
    for (int t = 1; t <= TABLES; t++) {
      order.add(t);
    }
    return order;
  }

  private static Map<Integer, List<Integer>> identityRows() {
    Map<Integer, List<Integer>> rows = new HashMap<>();
    for (int t = 1; t <= TABLES; t++) {
      List<Integer> r = new ArrayList<>();
      for (int i = 1; i <= ROWS; i++) {
        r.add(i);
      }
      rows.put(t, r);
    }
    return rows;
  }

  private static List<Integer> shuffled(List<Integer> list, Random random) {
    List<Integer> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  /** Tables in {@code order}, numbered by their place, each with its rows in {@code rows}. */
  private static TargetDocument document(List<Integer> order, Map<Integer, List<Integer>> rows) {
    TestDocuments.DocumentBuilder b =
        TestDocuments.document(SOURCE).department("云泽市测试局", 2024);
    for (int place = 0; place < order.size(); place++) {
      int table = order.get(place);
      TestDocuments.ProjectBuilder p =
          TestDocuments.project(place + 1, "项目" + table + "绩效目标表")
              .budget(table + ".00", table + ".00", "0");
      for (int row : rows.get(table)) {
        p.indicator("产出指标", "数量指标", "指标" + table + "-" + row, null, "≥" + row + "个", null);
      }
      b.projects(p.build());
    }
    return b.build();
  }

  private static Project withRows(Project p, List<Integer> rows) {
    List<Indicator> indicators = new ArrayList<>();
    for (int row : rows) {
      indicators.add(p.indicators().stream()
          .filter(i -> i.name().endsWith("-" + row)).findFirst().orElseThrow());
    }
    return new Project(p.seq(), p.title(), p.unit(), p.code(), p.name(), p.budget(), p.fundUse(),
        p.spendingPlan(), p.goals(), indicators, p.taxonomy());
  }
}
