package io.jixiao.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.monitor.Achievement;
import io.jixiao.monitor.IndicatorActual;
import io.jixiao.monitor.ProjectActuals;
import io.jixiao.monitor.ProjectKey;
import io.jixiao.model.Money;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TargetValues;
import io.jixiao.model.TestDocuments;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the scoring: points never exceed the weight, and a better actual — higher under ≥ /
 * > / =, lower under ≤ / <, an earlier date, a better grade, more spending — never lowers the
 * score.
 */
class EvaluatorProperties {

  private static final String SOURCE = "generated.txt";
  private static final String[] UNITS = {"%", "个", "万元"};
  private static final String[] GRADES = {"未达成", "部分达成", "基本达成", "达成"};
  private static final String[] LEVEL1 = {"产出指标", "效益指标", "满意度指标", "成本指标"};
  private static final String[] LEVEL2 = {"数量指标", "社会效益指标", "服务对象满意度指标", "经济成本指标"};

  private final Evaluator evaluator = new Evaluator();

  /** One indicator row: its level 1 (index into LEVEL1), target and actual as printed. */
  record Row(int level1, String target, String actual) {}

  /** A table with a budget (or none), spending and rows. */
  record Table(String budget, String spent, List<Row> rows) {}

  // ---- generators

  private static Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, new BigDecimal("1000"))
        .ofScale(2)
        .map(BigDecimal::stripTrailingZeros);
  }

  private static String plain(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }

  private static Arbitrary<String> signs() {
    return Arbitraries.of("≥", ">", "", "≤", "<");
  }

  private static Arbitrary<Row> rows() {
    Arbitrary<Integer> level1 = Arbitraries.integers().between(0, 3);
    Arbitrary<String> unit = Arbitraries.of(UNITS);
    Arbitrary<Row> quantity =
        Combinators.combine(
                level1, signs(), amounts(), unit, amounts(), Arbitraries.of(true, false))
            .as(
                (l, s, t, u, a, withUnit) ->
                    new Row(l, s + plain(t) + u, plain(a) + (withUnit ? u : "")));
    Arbitrary<Row> deadline =
        Combinators.combine(
                level1,
                Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 28),
                Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 28))
            .as(
                (l, m, d, am, ad) ->
                    new Row(l, "2023年" + m + "月" + d + "日前", "2023年" + am + "月" + ad + "日"));
    Arbitrary<Row> graded =
        Combinators.combine(level1, Arbitraries.of("巩固提升", "较上年提高", "可持续"), Arbitraries.of(GRADES))
            .as(Row::new);
    Arbitrary<Row> odd =
        Combinators.combine(
                level1,
                Arbitraries.of("≥90%", "12月底前", "合格"),
                Arbitraries.of("达成", "3次", "95%", "合格"))
            .as(Row::new);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, quantity),
        net.jqwik.api.Tuple.of(2, deadline),
        net.jqwik.api.Tuple.of(2, graded),
        net.jqwik.api.Tuple.of(1, odd));
  }

  @Provide
  Arbitrary<Table> tables() {
    Arbitrary<String> budget =
        Arbitraries.oneOf(
            Arbitraries.just(null),
            amounts().filter(a -> a.signum() > 0).map(EvaluatorProperties::plain));
    Arbitrary<String> spent =
        Arbitraries.oneOf(Arbitraries.just(null), amounts().map(EvaluatorProperties::plain));
    return Combinators.combine(budget, spent, rows().list().ofMinSize(0).ofMaxSize(12))
        .as(Table::new);
  }

  // ---- building and scoring

  private static Project project(Table t) {
    TestDocuments.ProjectBuilder b = TestDocuments.project(1, "生成的项目绩效目标表");
    if (t.budget() != null) {
      b.budget(t.budget(), t.budget(), null);
    }
    for (Row r : t.rows()) {
      b.indicator(LEVEL1[r.level1()], LEVEL2[r.level1()], "指标", null, r.target(), null);
    }
    return b.build();
  }

  private static ProjectActuals actuals(Table t, String spent) {
    TreeMap<YearMonth, Money> spending = new TreeMap<>();
    if (spent != null) {
      spending.put(YearMonth.of(2023, 12), Money.parse(spent));
    }
    List<IndicatorActual> list = new ArrayList<>();
    for (int i = 0; i < t.rows().size(); i++) {
      String a = t.rows().get(i).actual();
      list.add(
          new IndicatorActual(
              i + 1, YearMonth.of(2023, 12), a, TargetValues.parse(a), Achievement.of(a), null));
    }
    return new ProjectActuals(new ProjectKey(SOURCE, 1), spending, null, null, null, list);
  }

  private ProjectEvaluation evaluate(Table t, Map<Integer, BigDecimal> weights) {
    Project p = project(t);
    TargetDocument d = TestDocuments.document(SOURCE).department("某局", 2023).projects(p).build();
    return evaluator.evaluate(d, p, actuals(t, t.spent()), weights);
  }

  private static BigDecimal score(ProjectEvaluation e) {
    return e.score() == null ? BigDecimal.ZERO : e.score();
  }

  // ---- properties

  @Property(tries = 2000)
  void pointsNeverExceedTheWeight(@ForAll("tables") Table t) {
    ProjectEvaluation e = evaluate(t, Map.of());

    for (IndicatorScore i : e.indicators()) {
      if (i.weight() == null) {
        continue;
      }
      assertThat(i.points()).as("row %d", i.row()).isBetween(BigDecimal.ZERO, i.weight());
      assertThat(i.shownPoints()).isLessThanOrEqualTo(i.shownWeight());
    }
    if (e.budget().scored()) {
      assertThat(e.budget().points()).isBetween(BigDecimal.ZERO, e.budget().weight());
    }
    if (e.score() != null) {
      assertThat(e.score()).isBetween(BigDecimal.ZERO, new BigDecimal("100.00"));
    }
  }

  @Property(tries = 1000)
  void pointsNeverExceedDepartmentWeights(
      @ForAll("tables") Table t, @ForAll @IntRange(min = 1, max = 1000) int seed) {
    Project p = project(t);
    Map<Integer, BigDecimal> weights = new HashMap<>();
    Map<Part, List<Integer>> byPart = new HashMap<>();
    for (int k = 0; k < p.indicators().size(); k++) {
      byPart.computeIfAbsent(Part.of(p.indicators().get(k)), x -> new ArrayList<>()).add(k + 1);
    }
    java.util.Random random = new java.util.Random(seed);
    for (Map.Entry<Part, List<Integer>> e : byPart.entrySet()) {
      // cut the part's points into random pieces of 0.5 that add up exactly
      int halves = e.getKey().points(evaluator.policy()).intValue() * 2;
      List<Integer> rows = e.getValue();
      int left = halves;
      for (int i = 0; i < rows.size(); i++) {
        int piece = i == rows.size() - 1 ? left : random.nextInt(left + 1);
        left -= piece;
        weights.put(rows.get(i), BigDecimal.valueOf(piece).divide(BigDecimal.valueOf(2)));
      }
    }

    ProjectEvaluation e = evaluate(t, weights);

    for (IndicatorScore i : e.indicators()) {
      assertThat(i.weight()).isEqualByComparingTo(weights.get(i.row()));
      assertThat(i.points()).isBetween(BigDecimal.ZERO, i.weight());
    }
  }

  @Property(tries = 1000)
  void aHigherActualNeverLowersTheScoreUnderGreaterOrEqual(
      @ForAll("tables") Table t,
      @ForAll("greater") String sign,
      @ForAll("amount") BigDecimal target,
      @ForAll("amount") BigDecimal a,
      @ForAll("amount") BigDecimal b,
      @ForAll @IntRange(min = 0, max = 3) int level1) {
    // A bare 0 (0起 accidents) means none: there more is worse, by design (see Scoring).
    Assume.that(!sign.isEmpty() || target.signum() > 0);
    BigDecimal low = a.min(b);
    BigDecimal high = a.max(b);
    String printed = sign + plain(target) + "个";

    BigDecimal worse =
        score(evaluate(with(t, new Row(level1, printed, plain(low) + "个")), Map.of()));
    BigDecimal better =
        score(evaluate(with(t, new Row(level1, printed, plain(high) + "个")), Map.of()));

    assertThat(better).isGreaterThanOrEqualTo(worse);
  }

  @Property(tries = 1000)
  void aLowerActualNeverLowersTheScoreUnderLessOrEqual(
      @ForAll("tables") Table t,
      @ForAll("less") String sign,
      @ForAll("amount") BigDecimal target,
      @ForAll("amount") BigDecimal a,
      @ForAll("amount") BigDecimal b,
      @ForAll @IntRange(min = 0, max = 3) int level1) {
    BigDecimal low = a.min(b);
    BigDecimal high = a.max(b);
    String printed = sign + plain(target) + "万元";

    BigDecimal better =
        score(evaluate(with(t, new Row(level1, printed, plain(low) + "万元")), Map.of()));
    BigDecimal worse =
        score(evaluate(with(t, new Row(level1, printed, plain(high) + "万元")), Map.of()));

    assertThat(better).isGreaterThanOrEqualTo(worse);
  }

  @Property(tries = 500)
  void aBetterGradeNeverLowersTheScore(
      @ForAll("tables") Table t,
      @ForAll @IntRange(min = 0, max = 3) int a,
      @ForAll @IntRange(min = 0, max = 3) int b,
      @ForAll @IntRange(min = 0, max = 3) int level1) {
    String worseGrade = GRADES[Math.min(a, b)];
    String betterGrade = GRADES[Math.max(a, b)];

    BigDecimal worse = score(evaluate(with(t, new Row(level1, "巩固提升", worseGrade)), Map.of()));
    BigDecimal better = score(evaluate(with(t, new Row(level1, "巩固提升", betterGrade)), Map.of()));

    assertThat(better).isGreaterThanOrEqualTo(worse);
  }

  @Property(tries = 500)
  void anEarlierDateNeverLowersTheScore(
      @ForAll("tables") Table t,
      @ForAll @IntRange(min = 1, max = 365) int a,
      @ForAll @IntRange(min = 1, max = 365) int b,
      @ForAll @IntRange(min = 1, max = 365) int due) {
    java.time.LocalDate start = java.time.LocalDate.of(2023, 1, 1);
    String target = date(start.plusDays(due - 1)) + "前";

    BigDecimal better =
        score(
            evaluate(
                with(t, new Row(0, target, date(start.plusDays(Math.min(a, b) - 1)))), Map.of()));
    BigDecimal worse =
        score(
            evaluate(
                with(t, new Row(0, target, date(start.plusDays(Math.max(a, b) - 1)))), Map.of()));

    assertThat(better).isGreaterThanOrEqualTo(worse);
  }

  @Property(tries = 500)
  void moreSpendingWithinTheBudgetNeverLowersTheScore(
      @ForAll("tables") Table t, @ForAll("amount") BigDecimal a, @ForAll("amount") BigDecimal b) {
    Assume.that(a.max(b).signum() > 0);
    String budget = plain(a.max(b)); // both amounts within it
    Table less = new Table(budget, plain(a.min(b)), t.rows());
    Table more = new Table(budget, plain(a.max(b)), t.rows());

    assertThat(score(evaluate(more, Map.of())))
        .isGreaterThanOrEqualTo(score(evaluate(less, Map.of())));
  }

  /** Overspending is scored like a {@code ≤} target: the further above the budget, the fewer points. */
  @Property(tries = 500)
  void moreSpendingAboveTheBudgetNeverRaisesTheScore(
      @ForAll("tables") Table t, @ForAll("amount") BigDecimal a, @ForAll("amount") BigDecimal b) {
    Assume.that(a.min(b).signum() > 0);
    String budget = plain(a.min(b)); // both amounts at or above it
    Table less = new Table(budget, plain(a.min(b)), t.rows());
    Table more = new Table(budget, plain(a.max(b)), t.rows());

    assertThat(score(evaluate(more, Map.of())))
        .isLessThanOrEqualTo(score(evaluate(less, Map.of())));
  }

  private static String date(java.time.LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /** The table with {@code row} added at the end. */
  private static Table with(Table t, Row row) {
    List<Row> rows = new ArrayList<>(t.rows());
    rows.add(row);
    return new Table(t.budget(), t.spent(), rows);
  }

  @Provide
  Arbitrary<String> greater() {
    return Arbitraries.of("≥", ">", "");
  }

  @Provide
  Arbitrary<String> less() {
    return Arbitraries.of("≤", "<");
  }

  @Provide
  Arbitrary<BigDecimal> amount() {
    return amounts();
  }
}
