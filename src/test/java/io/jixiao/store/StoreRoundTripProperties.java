package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.Budget;
import io.jixiao.model.BudgetUnit;
import io.jixiao.model.Department;
import io.jixiao.model.DepartmentGoals;
import io.jixiao.model.Indicator;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.ProjectCode;
import io.jixiao.model.SpendingPlan;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.Taxonomy;
import io.jixiao.model.UnitCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Any document the model can hold comes back from either database exactly as it was saved: Chinese
 * and supplementary characters, line breaks, empty strings versus blank cells, every scale of
 * money. (PostgreSQL cannot store the character U+0000, so it is not generated.)
 */
class StoreRoundTripProperties {

  private static final AtomicInteger SOURCES = new AtomicInteger();
  private static Path h2Dir;
  private static Database h2;
  private static TestDatabases.PostgresSchema schema;
  private static Database postgres;

  @BeforeContainer
  static void open() throws IOException {
    h2Dir = Files.createTempDirectory("jixiao-props");
    h2 = Database.open(TestDatabases.h2Url(h2Dir));
    schema = TestDatabases.postgres();
    postgres = Database.open(schema.url());
  }

  @AfterContainer
  static void close() throws IOException {
    h2.close();
    postgres.close();
    schema.close();
    try (var files = Files.walk(h2Dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Property(tries = 40)
  void anyDocumentRoundTripsOnH2(@ForAll("documents") TargetDocument document) {
    roundTrip(new TargetStore(h2.dataSource()), document);
  }

  @Property(tries = 25)
  void anyDocumentRoundTripsOnPostgres(@ForAll("documents") TargetDocument document) {
    roundTrip(new TargetStore(postgres.dataSource()), document);
  }

  private static void roundTrip(TargetStore store, TargetDocument document) {
    StoredDocument stored = store.save(document);

    assertThat(stored.outcome()).isEqualTo(StoredDocument.Outcome.CREATED);
    assertThat(store.load(document.source())).contains(document);
    assertThat(store.save(document).outcome()).isEqualTo(StoredDocument.Outcome.UNCHANGED);
  }

  @Provide
  Arbitrary<TargetDocument> documents() {
    return Combinators.combine(departments().injectNull(0.3), overall().injectNull(0.4), projects())
        .as(
            (department, overall, projects) ->
                new TargetDocument(
                    "doc-" + SOURCES.incrementAndGet() + ".txt", department, overall, projects));
  }

  private static Arbitrary<String> text() {
    Arbitrary<String> generated =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withCharRange('\u4e00', '\u4fff')
            .withChars('\n', '\t', '\u3000', '\u00a0', '≥', '≤', '％', '\u0001')
            .ofMaxLength(30);
    return Arbitraries.frequencyOf(
        Tuple.of(8, generated), Tuple.of(1, Arbitraries.of("", " ", "𠀀𡀀 😀 ")));
  }

  private static Arbitrary<Department> departments() {
    return Combinators.combine(
            text().filter(s -> !s.isBlank()),
            Arbitraries.integers().between(1990, 2100).injectNull(0.3))
        .as(Department::new);
  }

  private static Arbitrary<DepartmentGoals> overall() {
    Arbitrary<DepartmentGoals.SubGoal> subGoal =
        Combinators.combine(text(), text().injectNull(0.3), text().list().ofMaxSize(3))
            .as(DepartmentGoals.SubGoal::new);
    Arbitrary<DepartmentGoals.Measure> measure =
        Combinators.combine(text(), text().injectNull(0.3)).as(DepartmentGoals.Measure::new);
    return Combinators.combine(
            text().injectNull(0.3), subGoal.list().ofMaxSize(3), measure.list().ofMaxSize(3))
        .as(DepartmentGoals::new);
  }

  private static Arbitrary<List<Project>> projects() {
    Arbitrary<BudgetUnit> unit =
        Combinators.combine(
                Arbitraries.strings()
                    .numeric()
                    .ofMinLength(3)
                    .ofMaxLength(12)
                    .map(UnitCode::new)
                    .injectNull(0.3),
                text().injectNull(0.3))
            .as(BudgetUnit::new);
    Arbitrary<ProjectCode> code =
        Arbitraries.strings()
            .alpha()
            .numeric()
            .ofMinLength(6)
            .ofMaxLength(40)
            .map(ProjectCode::new);
    Arbitrary<Money> money =
        Combinators.combine(
                Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(12)),
                Arbitraries.integers().between(0, 4))
            .as((unscaled, scale) -> new Money(new BigDecimal(unscaled, scale)));
    Arbitrary<Budget> budget =
        Combinators.combine(money.injectNull(0.3), money.injectNull(0.3), money.injectNull(0.3))
            .as(Budget::new);
    // what NUMERIC(7,2) holds: up to 99999.99, printed with 0 to 2 decimals
    Arbitrary<Percent> percent =
        Combinators.combine(
                Arbitraries.integers().between(0, 99_999),
                Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 2))
            .as(
                (whole, cents, scale) ->
                    new Percent(
                        BigDecimal.valueOf(whole)
                            .add(BigDecimal.valueOf(cents, 2))
                            .setScale(scale, RoundingMode.DOWN)));
    Arbitrary<SpendingPlan> plan =
        Combinators.combine(
                percent.injectNull(0.3),
                percent.injectNull(0.3),
                percent.injectNull(0.3),
                percent.injectNull(0.3))
            .as(SpendingPlan::new);
    Arbitrary<Indicator> indicator =
        Combinators.combine(
                Arbitraries.of("产出指标", "效益指标", "满意度指标", "成本指标").injectNull(0.1),
                Arbitraries.of("数量指标", "质量指标", "经济成本指标", "社会效益指标").injectNull(0.1),
                text().injectNull(0.2),
                text().injectNull(0.3),
                Arbitraries.of("≥90%", "≤15万元", "12月底前", "巩固提升", "1个", "").injectNull(0.2),
                text().injectNull(0.5))
            .as(Indicator::new);
    Arbitrary<Project> project =
        Builders.withBuilder(ProjectParts::new)
            .use(Arbitraries.integers().between(0, 999))
            .in((p, v) -> p.set(() -> p.seq = v))
            .use(text())
            .in((p, v) -> p.set(() -> p.title = v))
            .use(unit.injectNull(0.3))
            .in((p, v) -> p.set(() -> p.unit = v))
            .use(code.injectNull(0.3))
            .in((p, v) -> p.set(() -> p.code = v))
            .use(text().injectNull(0.3))
            .in((p, v) -> p.set(() -> p.name = v))
            .use(budget.injectNull(0.3))
            .in((p, v) -> p.set(() -> p.budget = v))
            .use(text().injectNull(0.3))
            .in((p, v) -> p.set(() -> p.fundUse = v))
            .use(plan.injectNull(0.3))
            .in((p, v) -> p.set(() -> p.plan = v))
            .use(text().list().ofMaxSize(3))
            .in((p, v) -> p.set(() -> p.goals = v))
            .use(indicator.list().ofMaxSize(4))
            .in((p, v) -> p.set(() -> p.indicators = v))
            .use(Arbitraries.of(Taxonomy.class).injectNull(0.5))
            .in((p, v) -> p.set(() -> p.taxonomy = v))
            .build(ProjectParts::build);
    return project.list().ofMaxSize(3);
  }

  /** A project assembled field by field by the generator. */
  private static final class ProjectParts {
    int seq;
    String title;
    BudgetUnit unit;
    ProjectCode code;
    String name;
    Budget budget;
    String fundUse;
    SpendingPlan plan;
    List<String> goals;
    List<Indicator> indicators;
    Taxonomy taxonomy;

    ProjectParts set(Runnable assignment) {
      assignment.run();
      return this;
    }

    Project build() {
      return new Project(
          seq, title, unit, code, name, budget, fundUse, plan, goals, indicators, taxonomy);
    }
  }
}
