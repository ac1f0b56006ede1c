package io.jixiao.document;

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
import io.jixiao.model.UnitCode;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Any document survives the interchange format, and no damaged text makes the reader throw. */
class InterchangeJsonProperties {

  private final InterchangeJson json = new InterchangeJson();

  @Property(tries = 300)
  void readingWhatWasWrittenGivesTheSameDocument(@ForAll("documents") TargetDocument doc) {
    ImportResult result = json.read(json.write(doc), "doc.json");

    assertThat(result.errors()).isEmpty();
    assertThat(result.document()).isEqualTo(doc);
  }

  @Property(tries = 300)
  void writingWhatWasReadGivesTheSameText(@ForAll("documents") TargetDocument doc) {
    String first = json.write(doc);

    assertThat(json.write(json.readDocument(first, "doc.json"))).isEqualTo(first);
  }

  @Property(tries = 500)
  void aDamagedFileGivesLocatedErrorsNeverAnException(
      @ForAll("documents") TargetDocument doc,
      @ForAll @IntRange(min = 0, max = 100_000) int position,
      @ForAll("damage") String damage) {
    String text = json.write(doc);
    int at = position % (text.length() + 1);
    String damaged =
        text.substring(0, at) + damage + text.substring(Math.min(text.length(), at + 1));

    ImportResult result = json.read(damaged, "damaged.json");

    if (result.document() == null) {
      assertThat(result.errors()).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isPositive());
    }
  }

  @Provide
  Arbitrary<String> damage() {
    return Arbitraries.of("", "\"", "{", "}", "[", "]", ",", ":", "x", "-1", "1e999", "null", "\\");
  }

  @Provide
  Arbitrary<TargetDocument> documents() {
    return Combinators.combine(
            text().filter(s -> !s.isBlank()),
            department().injectNull(0.3),
            overall().injectNull(0.5),
            project().list().ofMaxSize(4))
        .as(TargetDocument::new);
  }

  private Arbitrary<Department> department() {
    return Combinators.combine(
            text().filter(s -> !s.isBlank()),
            Arbitraries.integers().between(1990, 2100).injectNull(0.2))
        .as(Department::new);
  }

  private Arbitrary<DepartmentGoals> overall() {
    Arbitrary<DepartmentGoals.SubGoal> subGoal =
        Combinators.combine(text(), cell(), text().list().ofMaxSize(3))
            .as(DepartmentGoals.SubGoal::new);
    Arbitrary<DepartmentGoals.Measure> measure =
        Combinators.combine(text(), cell()).as(DepartmentGoals.Measure::new);
    return Combinators.combine(cell(), subGoal.list().ofMaxSize(3), measure.list().ofMaxSize(3))
        .as(DepartmentGoals::new);
  }

  private Arbitrary<Project> project() {
    return Builders.withBuilder(ProjectBuilder::new)
        .use(Arbitraries.integers().between(-5, 500))
        .inSetter((b, v) -> b.seq = v)
        .use(text())
        .inSetter((b, v) -> b.title = v)
        .use(unit().injectNull(0.3))
        .inSetter((b, v) -> b.unit = v)
        .use(Arbitraries.strings().alpha().numeric().ofMinLength(6).ofMaxLength(40).injectNull(0.3))
        .inSetter((b, v) -> b.code = v == null ? null : new ProjectCode(v))
        .use(cell())
        .inSetter((b, v) -> b.name = v)
        .use(budget().injectNull(0.3))
        .inSetter((b, v) -> b.budget = v)
        .use(cell())
        .inSetter((b, v) -> b.fundUse = v)
        .use(plan().injectNull(0.4))
        .inSetter((b, v) -> b.plan = v)
        .use(text().list().ofMaxSize(3))
        .inSetter((b, v) -> b.goals = v)
        .use(indicator().list().ofMaxSize(5))
        .inSetter((b, v) -> b.indicators = v)
        .build(ProjectBuilder::build);
  }

  private static final class ProjectBuilder {
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

    Project build() {
      return Project.of(seq, title, unit, code, name, budget, fundUse, plan, goals, indicators);
    }
  }

  /** A unit line with a code or a name or both (both absent is written as no unit at all). */
  private Arbitrary<BudgetUnit> unit() {
    Arbitrary<UnitCode> code =
        Arbitraries.strings().numeric().ofMinLength(3).ofMaxLength(12).map(UnitCode::new);
    return Combinators.combine(code.injectNull(0.3), cell())
        .as(BudgetUnit::new)
        .filter(u -> u.code() != null || u.name() != null);
  }

  /** A budget with at least one amount (one without any is written as null). */
  private Arbitrary<Budget> budget() {
    return Combinators.combine(
            money().injectNull(0.3), money().injectNull(0.3), money().injectNull(0.3))
        .as(Budget::new)
        .filter(b -> b.total() != null || b.fiscal() != null || b.other() != null);
  }

  private Arbitrary<SpendingPlan> plan() {
    Arbitrary<Percent> percent = percent().injectNull(0.3);
    return Combinators.combine(percent, percent, percent, percent).as(SpendingPlan::new);
  }

  private Arbitrary<Indicator> indicator() {
    return Combinators.combine(cell(), cell(), cell(), cell(), cell(), cell()).as(Indicator::new);
  }

  /** Money as the format writes it: trailing zeros stripped, one decimal at least. */
  private Arbitrary<Money> money() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 10_000_000_000L), Arbitraries.integers().between(0, 6))
        .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale))
        .map(n -> new Money(new BigDecimal(InterchangeWriter.moneyNumber(n))));
  }

  /** A percentage as the format writes it: whole numbers without decimals. */
  private Arbitrary<Percent> percent() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 200_000), Arbitraries.integers().between(0, 3))
        .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale))
        .map(n -> new Percent(new BigDecimal(InterchangeWriter.plainNumber(n))));
  }

  private Arbitrary<String> cell() {
    return text().injectNull(0.3);
  }

  /** Text with CJK, full-width signs, quotes, backslashes, controls and line separators. */
  private Arbitrary<String> text() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withCharRange('\u4e00', '\u4e40')
        .withChars('\n', '\t', '\r', '\u0000', '\u001f', '\u2028', '\u3000', '≥', '≤', '％', '“')
        .ofMaxLength(12);
  }
}
