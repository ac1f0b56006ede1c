package io.jixiao.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import io.jixiao.document.InterchangeJson;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any document survives XLSX: texts with controls, lone surrogates, Excel's own escapes and line
 * breaks, goals that look numbered, amounts with more digits than a double holds, blank plans.
 */
class XlsxRoundTripProperties {

  private final DocumentReader reader = new DocumentReader();
  private final DocumentWriter xlsx = Formats.forName("xlsx").orElseThrow();
  private final InterchangeJson json = new InterchangeJson();

  @Property(tries = 100)
  void readingTheXlsxGivesTheSameDocument(@ForAll("documents") TargetDocument doc)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    xlsx.write(doc, out);

    ImportResult back = reader.read("doc.xlsx", out.toByteArray());

    assertThat(back.errors()).isEmpty();
    assertThat(json.write(back.document())).isEqualTo(json.write(doc));
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
        .use(goal().list().ofMaxSize(3))
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

  private Arbitrary<BudgetUnit> unit() {
    Arbitrary<UnitCode> code =
        Arbitraries.strings().numeric().ofMinLength(3).ofMaxLength(12).map(UnitCode::new);
    return Combinators.combine(code.injectNull(0.3), cell())
        .as(BudgetUnit::new)
        .filter(u -> u.code() != null || u.name() != null);
  }

  private Arbitrary<Budget> budget() {
    return Combinators.combine(
            money().injectNull(0.3), money().injectNull(0.3), money().injectNull(0.3))
        .as(Budget::new)
        .filter(b -> b.total() != null || b.fiscal() != null || b.other() != null);
  }

  /** Plans with every checkpoint blank included: they are printed and must stay plans. */
  private Arbitrary<SpendingPlan> plan() {
    Arbitrary<Percent> percent = percent().injectNull(0.4);
    return Combinators.combine(percent, percent, percent, percent).as(SpendingPlan::new);
  }

  /**
   * An indicator with at least one cell: a row of six blank cells is what a user leaves after
   * deleting an indicator's contents, and the reader skips it (no importer makes one).
   */
  private Arbitrary<Indicator> indicator() {
    return Combinators.combine(cell(), cell(), cell(), cell(), cell(), cell())
        .as(Indicator::new)
        .filter(
            i ->
                i.level1() != null
                    || i.level2() != null
                    || i.name() != null
                    || i.description() != null
                    || i.value() != null
                    || i.basis() != null);
  }

  /** Up to 20 significant digits and 6 decimals: beyond what a double holds exactly. */
  private Arbitrary<Money> money() {
    return Combinators.combine(
            Arbitraries.bigIntegers()
                .between(
                    java.math.BigInteger.ZERO, new java.math.BigInteger("99999999999999999999")),
            Arbitraries.integers().between(0, 6))
        .as((unscaled, scale) -> new Money(new BigDecimal(unscaled, scale)));
  }

  private Arbitrary<Percent> percent() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 200_000), Arbitraries.integers().between(0, 3))
        .as((unscaled, scale) -> new Percent(BigDecimal.valueOf(unscaled, scale)));
  }

  /** Goals that look numbered or hold a line break before the next number. */
  private Arbitrary<String> goal() {
    return Arbitraries.oneOf(text(), Arbitraries.of("", "1. 重复编号", "a\n2. b", "\n", "2. x"));
  }

  private Arbitrary<String> cell() {
    return text().injectNull(0.3);
  }

  /** Text with CJK, controls, line breaks, lone surrogates, U+FFFF and Excel's _xHHHH_ escapes. */
  private Arbitrary<String> text() {
    Arbitrary<String> chars =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withCharRange('\u4e00', '\u4e40')
            .withChars('\n', '\t', '\r', '\u0000', '\u001f', '\u2028', '\u3000', '≥', '≤', '％', '“')
            .withChars('\ud800', '\udc00', '\uffff', '\ufffe', '_')
            .ofMaxLength(12);
    return Arbitraries.oneOf(
        chars,
        chars,
        Arbitraries.of("_x0041_", "a_x000D_b", "_x005F_x0041_", "\ud840\udc00", " lead"));
  }
}
