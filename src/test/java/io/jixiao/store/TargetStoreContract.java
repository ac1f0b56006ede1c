package io.jixiao.store;

import static io.jixiao.model.TestDocuments.document;
import static io.jixiao.model.TestDocuments.everyField;
import static io.jixiao.model.TestDocuments.project;
import static io.jixiao.model.TestDocuments.small;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.model.Indicator;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TargetValue;
import io.jixiao.model.Taxonomy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every database must do for {@link TargetStore}; run against H2 and PostgreSQL by the
 * subclasses. Each test starts with a freshly migrated, empty database.
 */
abstract class TargetStoreContract {

  private static final List<String> TABLES =
      List.of(
          "department",
          "document",
          "summary",
          "sub_goal",
          "sub_goal_indicator",
          "measure",
          "project",
          "goal",
          "indicator",
          "project_facts",
          "long_term_goal",
          "unparsed_cell",
          "indicator_facts");

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-03-01T08:00:00Z"), ZoneOffset.UTC);

  Database database;
  TargetStore store;
  JdbcClient jdbc;

  /** A new, empty database URL for one test. */
  abstract String freshUrl() throws Exception;

  /** Releases what {@link #freshUrl()} created. */
  abstract void dispose() throws Exception;

  @BeforeEach
  void open() throws Exception {
    database = Database.open(freshUrl());
    store = new TargetStore(database.dataSource(), CLOCK, p -> {});
    jdbc = JdbcClient.create(database.dataSource());
  }

  @AfterEach
  void close() throws Exception {
    database.close();
    dispose();
  }

  @Test
  void loadsADocumentWithEveryFieldExactlyAsItWasSaved() {
    TargetDocument saved = everyField("001_chengde.txt");

    StoredDocument stored = store.save(saved);

    assertThat(stored)
        .isEqualTo(new StoredDocument("001_chengde.txt", 1, StoredDocument.Outcome.CREATED, 3, 9));
    TargetDocument loaded = store.load("001_chengde.txt").orElseThrow();
    assertThat(loaded).isEqualTo(saved);
    assertThat(loaded.overall().subGoals().get(1).goal()).isNull();
    assertThat(loaded.overall().measures().get(1).text()).isNull();
    Project classic = loaded.projects().get(0);
    assertThat(classic.budget().total().wan()).isEqualTo(new BigDecimal("12.3456"));
    assertThat(classic.budget().fiscal().wan().toPlainString()).isEqualTo("10.00");
    assertThat(classic.spendingPlan().mar()).isNull();
    assertThat(classic.spendingPlan().oct().value().toPlainString()).isEqualTo("60.5");
    assertThat(classic.taxonomy()).isEqualTo(Taxonomy.CLASSIC);
    assertThat(classic.indicators().get(5).value()).isNull();
    Project guideline = loaded.projects().get(1);
    assertThat(guideline.taxonomy()).isEqualTo(Taxonomy.GUIDELINE_2021);
    assertThat(guideline.unit()).isNull();
    assertThat(guideline.budget()).isNotNull();
    assertThat(guideline.budget().total()).isNull();
    assertThat(guideline.indicators().get(0).basis()).isEqualTo("编制数");
    Project bare = loaded.projects().get(2);
    assertThat(bare.unit().code()).isNull();
    assertThat(bare.unit().name()).isEqualTo("某单位");
    assertThat(bare.budget().total().wan().toPlainString()).isEqualTo("15.00");
    assertThat(bare.spendingPlan()).isNull();
    assertThat(bare.indicators()).isEmpty();
  }

  @Test
  void loadsADocumentWithoutDepartmentOrPartOne() {
    TargetDocument saved = document("plain.txt").projects(project(7, "唯一项目绩效目标表").build()).build();

    store.save(saved);

    assertThat(store.load("plain.txt")).contains(saved);
    assertThat(count("department")).isZero();
    assertThat(count("summary")).isZero();
  }

  @Test
  void keepsMoneyExactInTheDatabase() {
    store.save(everyField("money.txt"));

    List<BigDecimal> totals =
        jdbc.sql("SELECT budget_total FROM project ORDER BY pos").query(BigDecimal.class).list();
    assertThat(totals.get(0)).isEqualByComparingTo("12.3456");
    assertThat(totals.get(1)).isNull();
    assertThat(totals.get(2)).isEqualByComparingTo("15");
  }

  @Test
  void storesTheParsedValueOfEveryIndicatorBesideThePrintedOne() {
    TargetDocument saved = everyField("values.txt");
    store.save(saved);

    List<Indicator> indicators =
        saved.projects().stream().flatMap(p -> p.indicators().stream()).toList();
    List<Map<String, Object>> rows =
        jdbc.sql(
                "SELECT i.value_text, i.sign_code, i.number, i.unit, i.kind FROM indicator i"
                    + " JOIN project p ON p.id = i.project_id ORDER BY p.pos, i.pos")
            .query()
            .listOfRows();
    assertThat(rows).hasSize(indicators.size());
    for (int n = 0; n < rows.size(); n++) {
      Map<String, Object> row = rows.get(n);
      TargetValue target = indicators.get(n).target();
      assertThat(row.get("value_text")).isEqualTo(indicators.get(n).value());
      assertThat(((Number) row.get("sign_code")).intValue()).isEqualTo(target.sign().code());
      assertThat(row.get("kind")).isEqualTo(DocumentWriter.kind(target));
      if (target instanceof TargetValue.Quantity) {
        TargetValue.Quantity q = (TargetValue.Quantity) target;
        assertThat((BigDecimal) row.get("number")).isEqualByComparingTo(q.number());
        assertThat(row.get("unit")).isEqualTo(q.unit());
      } else {
        assertThat(row.get("number")).isNull();
        assertThat(row.get("unit")).isNull();
      }
    }
    assertThat(rows.get(5).get("kind")).isEqualTo("BLANK");
    assertThat(((Number) rows.get(5).get("sign_code")).intValue()).isEqualTo(6);
  }

  @Test
  void reimportingChangedContentMakesANewVersionAndKeepsThePreviousOne() {
    TargetDocument first = small("002_dept.txt", "天津市生态环境局", 2024, 2);
    TargetDocument second = small("002_dept.txt", "天津市生态环境局", 2024, 3);
    store.save(first);

    StoredDocument stored = store.save(second);

    assertThat(stored.outcome()).isEqualTo(StoredDocument.Outcome.REPLACED);
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.projects()).isEqualTo(3);
    assertThat(store.load("002_dept.txt")).contains(second);
    assertThat(store.load("002_dept.txt", 1)).contains(first);
    assertThat(store.versions("002_dept.txt")).containsExactly(1, 2);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM document WHERE is_current = TRUE")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(count("department")).isEqualTo(1);
    assertThat(store.list()).singleElement().satisfies(s -> assertThat(s.version()).isEqualTo(2));

    StoredDocument backToFirst = store.save(first);

    assertThat(backToFirst.outcome()).isEqualTo(StoredDocument.Outcome.REPLACED);
    assertThat(backToFirst.version()).isEqualTo(3);
    assertThat(store.load("002_dept.txt")).contains(first);
  }

  @Test
  void reimportingIdenticalContentChangesNothing() {
    store.save(everyField("same.txt"));
    Map<String, Integer> before = rowCounts();

    StoredDocument again = store.save(everyField("same.txt"));

    assertThat(again)
        .isEqualTo(new StoredDocument("same.txt", 1, StoredDocument.Outcome.UNCHANGED, 3, 9));
    assertThat(again.changed()).isFalse();
    assertThat(rowCounts()).isEqualTo(before);
    assertThat(store.versions("same.txt")).containsExactly(1);
  }

  @Test
  void takesAnAmountPrintedWithOtherDecimalsAsUnchangedContent() {
    TargetDocument two =
        document("scale.txt")
            .projects(project(1, "甲绩效目标表").budget("15.00", null, null).build())
            .build();
    TargetDocument one =
        document("scale.txt")
            .projects(project(1, "甲绩效目标表").budget("15.0", null, null).build())
            .build();
    store.save(two);

    assertThat(store.save(one).version()).isEqualTo(1);
    assertThat(store.load("scale.txt").orElseThrow().projects().get(0).budget().total().wan())
        .isEqualTo(new BigDecimal("15.00"));
  }

  @Test
  void aFailureInTheMiddleOfASaveWritesNothingAndKeepsTheCurrentVersion() {
    TargetDocument first = small("003.txt", "天津市规划和自然资源局", 2024, 1);
    store.save(first);
    Map<String, Integer> before = rowCounts();
    TargetStore failing =
        new TargetStore(
            database.dataSource(),
            CLOCK,
            p -> {
              if (p.seq() == 2) {
                throw new IllegalStateException("injected failure after table 2");
              }
            });

    assertThatThrownBy(() -> failing.save(small("003.txt", "天津市规划和自然资源局", 2024, 3)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("003.txt 保存失败，未写入任何内容")
        .hasMessageContaining("injected failure after table 2");

    assertThat(rowCounts()).isEqualTo(before);
    assertThat(store.versions("003.txt")).containsExactly(1);
    assertThat(store.load("003.txt")).contains(first);
  }

  @Test
  void aValueTooLongForItsColumnRollsBackTheWholeDocument() {
    store.save(small("other.txt", "某局", 2023, 1));
    Map<String, Integer> before = rowCounts();
    TargetDocument tooLong =
        document("long.txt")
            .department("新部门", 2024)
            .overall(everyField("x").overall())
            .projects(
                project(1, "正常绩效目标表").indicator("产出指标", "数量指标", "数量", null, "1个", null).build(),
                project(2, "过长绩效目标表")
                    .indicator("产".repeat(1001), "数量指标", "数量", null, "1个", null)
                    .build())
            .build();

    assertThatThrownBy(() -> store.save(tooLong))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("long.txt 保存失败")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));

    assertThat(rowCounts()).isEqualTo(before);
    assertThat(store.load("long.txt")).isEmpty();
  }

  @Test
  void refusesMoneyWithMoreThanFourDecimalsInsteadOfRoundingIt() {
    TargetDocument precise =
        document("precise.txt")
            .projects(project(4, "精确绩效目标表").budget("1.23456", null, null).build())
            .build();

    assertThatThrownBy(() -> store.save(precise))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("表 4（精确绩效目标表）的预算数 1.23456万元超过 4 位小数，无法精确保存");

    assertThat(rowCounts().values()).allMatch(n -> n == 0);
  }

  @Test
  void listsTheCurrentVersionOfEveryDocumentWithCountsAndBudgetTotals() {
    store.save(small("b.txt", "天津市生态环境局", 2024, 2));
    store.save(small("b.txt", "天津市生态环境局", 2024, 1));
    store.save(everyField("a.txt"));
    store.save(document("c.txt").projects(project(1, "无预算绩效目标表").build()).build());

    List<DocumentSummary> list = store.list();

    assertThat(list)
        .extracting(
            DocumentSummary::department,
            DocumentSummary::year,
            DocumentSummary::source,
            DocumentSummary::version,
            DocumentSummary::projects,
            DocumentSummary::indicators,
            DocumentSummary::budgetTotal)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "天津市生态环境局", 2024, "b.txt", 2, 1, 2, new BigDecimal("1.50")),
            org.assertj.core.groups.Tuple.tuple(
                "承德市自然资源和规划局", 2023, "a.txt", 1, 3, 9, new BigDecimal("27.3456")),
            org.assertj.core.groups.Tuple.tuple(null, null, "c.txt", 1, 1, 0, null));
    assertThat(list.get(0).importedAt().toInstant()).isEqualTo(CLOCK.instant());
  }

  @Test
  void findsTheCurrentSourcesOfADepartmentAndYear() {
    store.save(small("b-2024.txt", "天津市生态环境局", 2024, 2));
    store.save(small("a-2024.txt", "天津市生态环境局", 2024, 1));
    store.save(small("a-2023.txt", "天津市生态环境局", 2023, 1));
    store.save(small("c-2024.txt", "天津市规划和自然资源局", 2024, 1));
    store.save(small("b-2024.txt", "天津市生态环境局", 2024, 3)); // a new version, still one source
    store.save(document("x.txt").projects(project(1, "无部门绩效目标表").build()).build());

    assertThat(store.currentSources("天津市生态环境局", 2024)).containsExactly("a-2024.txt", "b-2024.txt");
    assertThat(store.currentSources("天津市生态环境局", 2023)).containsExactly("a-2023.txt");
    assertThat(store.currentSources("天津市生态环境局", null))
        .containsExactly("a-2023.txt", "a-2024.txt", "b-2024.txt");
    assertThat(store.currentSources(null, 2024))
        .containsExactly("a-2024.txt", "b-2024.txt", "c-2024.txt");
    assertThat(store.currentSources(null, null))
        .containsExactly("a-2023.txt", "a-2024.txt", "b-2024.txt", "c-2024.txt", "x.txt");
    assertThat(store.currentSources("天津市生态环境局", 2022)).isEmpty();
  }

  @Test
  void findsNothingForASourceNeverImported() {
    assertThat(store.load("unknown.txt")).isEmpty();
    assertThat(store.load("unknown.txt", 1)).isEmpty();
    assertThat(store.versions("unknown.txt")).isEmpty();
    assertThat(store.list()).isEmpty();
  }

  /** The files of ../shared/forms the importer reads today (docs/forms.md). */
  private static final List<String> READABLE_FORMS =
      List.of(
          "sichuan-shenbao-grid.md",
          "sichuan-shenbao-grid.txt",
          "hunan-shenbao-longterm.txt",
          "sichuan-ziping-cellperline.txt",
          "gov-site-target-table.html");

  private static TargetDocument readForm(String name) {
    java.nio.file.Path file =
        java.nio.file.Path.of("..", "shared", "forms", name).toAbsolutePath().normalize();
    io.jixiao.document.ImportResult r = new io.jixiao.document.DocumentReader().read(file);
    assertThat(r.errors()).as(name).isEmpty();
    return r.document();
  }

  @Test
  void everyReadableFormLoadsBackAsTheModelAndTheInterchangeJsonItWasReadInto() {
    io.jixiao.document.InterchangeJson json = new io.jixiao.document.InterchangeJson();
    for (String name : READABLE_FORMS) {
      TargetDocument read = readForm(name);

      store.save(read);

      TargetDocument loaded = store.load(name).orElseThrow();
      assertThat(loaded).as(name).isEqualTo(read);
      assertThat(json.write(loaded)).as(name).isEqualTo(json.write(read));
    }
    assertThat(count("project_facts")).isEqualTo(3 + 3 + 2 + 2 + 2);
    assertThat(count("long_term_goal")).isEqualTo(2);
  }

  @Test
  void theSelfEvaluationFiguresAndEachIndicatorsActualAndScoreAreStoredInTheirColumns() {
    TargetDocument read = readForm("sichuan-ziping-cellperline.txt");
    io.jixiao.model.SelfEvaluation printed = read.projects().get(0).facts().selfEvaluation();

    store.save(read);

    assertThat(
            jdbc.sql(
                    "SELECT f.form_kind, f.se_spent, f.se_total_score, f.se_grade"
                        + " FROM project_facts f JOIN project p ON p.id = f.project_id"
                        + " WHERE p.pos = 1")
                .query((rs, n) -> List.of(
                    rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros().toPlainString(),
                    rs.getBigDecimal(3).stripTrailingZeros().toPlainString(), rs.getString(4)))
                .single())
        .containsExactly(
            "SELF_EVALUATION", printed.spent().wan().toPlainString(),
            printed.totalScore().toPlainString(), printed.grade());
    long withScore =
        read.projects().stream()
            .flatMap(p -> p.indicators().stream())
            .filter(i -> i.facts().score() != null)
            .count();
    assertThat(withScore).isPositive();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM indicator_facts WHERE score IS NOT NULL")
                .query(Integer.class)
                .single())
        .isEqualTo((int) withScore);
  }

  @Test
  void aClassicTableWritesNoFactRowsAndKeepsItsContentHash() {
    TargetDocument saved = everyField("001_chengde.txt");

    store.save(saved);

    assertThat(count("project_facts") + count("indicator_facts")).isZero();
    assertThat(store.save(everyField("001_chengde.txt")).outcome())
        .isEqualTo(StoredDocument.Outcome.UNCHANGED);
  }

  @Test
  void aReimportThatChangesOnlyAnIndicatorsRemarkIsANewVersion() {
    TargetDocument read = readForm("hunan-shenbao-longterm.txt");
    store.save(read);
    Project first = read.projects().get(0);
    Indicator changed = first.indicators().get(0);
    changed = changed.withFacts(changed.facts().withRemark("五年累计"));
    List<Indicator> indicators = new java.util.ArrayList<>(first.indicators());
    indicators.set(0, changed);
    List<Project> projects = new java.util.ArrayList<>(read.projects());
    projects.set(
        0,
        new Project(
            first.seq(), first.title(), first.unit(), first.code(), first.name(), first.budget(),
            first.fundUse(), first.spendingPlan(), first.goals(), indicators, first.taxonomy(),
            first.facts()));
    TargetDocument edited =
        new TargetDocument(read.source(), read.department(), read.overall(), projects);

    StoredDocument stored = store.save(edited);

    assertThat(stored.outcome()).isEqualTo(StoredDocument.Outcome.REPLACED);
    assertThat(store.load(read.source()).orElseThrow().projects().get(0).indicators().get(0)
        .facts().remark()).isEqualTo("五年累计");
  }

  private int count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
  }

  private Map<String, Integer> rowCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, count(table));
    }
    return counts;
  }
}
