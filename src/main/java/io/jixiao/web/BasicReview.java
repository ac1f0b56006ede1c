package io.jixiao.web;

import io.jixiao.target.Budget;
import io.jixiao.target.Indicator;
import io.jixiao.target.Level1;
import io.jixiao.target.Level2;
import io.jixiao.target.Percent;
import io.jixiao.target.Project;
import io.jixiao.target.SpendingPlan;
import io.jixiao.target.TargetDocument;
import io.jixiao.target.TargetValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small stand-in for the review engine: a few rules of the catalog (review-rules.md) that need
 * nothing but the table, enough to show findings in the web until the engine is plugged in through
 * {@link TargetReview}.
 */
final class BasicReview implements TargetReview {

  private static final Map<String, String> TITLES =
      Map.ofEntries(
          Map.entry("S1", "缺少产出或效益指标"),
          Map.entry("S3", "二级指标不属于一级指标"),
          Map.entry("S5", "缺少必填表头"),
          Map.entry("B1", "预算数不等于财政资金与其他资金之和"),
          Map.entry("B2", "资金支出计划未达100%或不递增"),
          Map.entry("B3", "成本指标与预算数不符"),
          Map.entry("Q1", "指标值未设定可衡量的目标"),
          Map.entry("Q2", "指标描述仅重复指标名称"),
          Map.entry("Q4", "把预算执行类指标当作绩效指标"),
          Map.entry("Q5", "指标值单位与指标名称不符"),
          Map.entry("Q7", "满意度目标低于80%"));

  private static final Pattern NO_TARGET =
      Pattern.compile(".*(提供支撑|提供保障|达到预期|预期目标|进一步|有所).*");
  private static final Pattern EXECUTION =
      Pattern.compile(".*(预算执行率|按预算资金完成率|资金到位率|资金使用合规|资金拨付率).*");
  private static final Pattern COUNTED_UNIT = Pattern.compile(".*(平方米|面积|数量|次数|人数|个数).*");

  @Override
  public String ruleTitle(String rule) {
    return TITLES.getOrDefault(rule, rule);
  }

  @Override
  public ReviewResult review(TargetDocument document, Project p) {
    List<ReviewFinding> f = new ArrayList<>();
    header(p, f);
    budget(p, f);
    plan(p.spendingPlan(), f);
    structure(p, f);
    List<Indicator> rows = p.indicators();
    for (int i = 0; i < rows.size(); i++) {
      indicator(i + 1, rows.get(i), p, f);
    }
    long errors = f.stream().filter(x -> x.severity() == ReviewFinding.Severity.ERROR).count();
    long warnings = f.stream().filter(x -> x.severity() == ReviewFinding.Severity.WARNING).count();
    return new ReviewResult(f, Grade.of(errors, warnings));
  }

  private static void header(Project p, List<ReviewFinding> f) {
    if (p.name() == null || p.name().isBlank()) {
      f.add(error("S5", null, "项目名称", "缺少项目名称", "填写项目名称"));
    }
    if (p.budget() == null || p.budget().total() == null) {
      f.add(error("S5", null, "预算数", "缺少预算数", "填写预算数（万元）"));
    }
    if (p.goals().isEmpty()) {
      f.add(error("S5", null, "绩效目标", "缺少绩效目标", "按“1. 2. …”写明年度绩效目标"));
    }
  }

  private static void budget(Project p, List<ReviewFinding> f) {
    Budget b = p.budget();
    if (b != null && b.inconsistent()) {
      f.add(
          error(
              "B1", null, "预算数",
              "预算数 " + b.total().wan().toPlainString() + " 万元不等于财政资金 "
                  + b.fiscal().wan().toPlainString() + " 万元与其他资金 "
                  + b.other().wan().toPlainString() + " 万元之和",
              "核对预算数、财政资金和其他资金"));
    }
  }

  private static void plan(SpendingPlan plan, List<ReviewFinding> f) {
    if (plan == null) {
      return;
    }
    BigDecimal last = BigDecimal.ZERO;
    for (Percent c : plan.checkpoints()) {
      if (c == null) {
        continue;
      }
      if (c.value().compareTo(last) < 0) {
        f.add(error("B2", null, "资金支出计划", "资金支出计划是累计进度，不应递减", "按累计百分比填写"));
        return;
      }
      last = c.value();
    }
    if (plan.dec() == null || plan.dec().value().compareTo(BigDecimal.valueOf(100)) != 0) {
      String dec = plan.dec() == null ? "空白" : plan.dec().toString();
      f.add(
          error(
              "B2", null, "资金支出计划", "12月底累计支出计划为 " + dec + "，应为 100%",
              "将12月底累计支出计划调整为 100%"));
    }
  }

  private static void structure(Project p, List<ReviewFinding> f) {
    boolean output = false;
    boolean effect = false;
    for (Indicator i : p.indicators()) {
      output |= i.category() == Level1.OUTPUT;
      effect |= i.category() == Level1.EFFECT;
    }
    if (!output || !effect) {
      f.add(
          error(
              "S1", null, "一级指标",
              "缺少" + (!output ? "产出指标" : "效益指标"),
              "每张表至少设置一项产出指标和一项效益指标"));
    }
  }

  private static void indicator(int row, Indicator i, Project p, List<ReviewFinding> f) {
    Level1 l1 = i.category();
    Level2 l2 = i.subcategory();
    if (l1 != null && l2 != null && !p.taxonomy().allows(l1, l2)) {
      f.add(
          error(
              "S3", row, "二级指标", "“" + i.level2() + "”不属于“" + i.level1() + "”",
              "按指标体系调整一级/二级指标"));
    }
    String name = i.name() == null ? "" : i.name();
    String value = i.value() == null ? "" : i.value();
    TargetValue t = i.target();
    if (t instanceof TargetValue.Blank) {
      f.add(warning("Q1", row, "指标值", "指标值为空", "填写可衡量的指标值"));
    } else if (t instanceof TargetValue.Qualitative && NO_TARGET.matcher(value).matches()) {
      f.add(
          warning(
              "Q1", row, "指标值", "指标值“" + value + "”没有设定可衡量的目标",
              "改为量化值（如 ≥95%）或明确的等级（如 巩固提升）"));
    }
    if (i.description() != null && i.description().strip().equals(name.strip())) {
      f.add(info("Q2", row, "绩效指标描述", "指标描述只重复了指标名称", "说明指标的含义和计算方法"));
    }
    if (EXECUTION.matcher(name).matches()) {
      f.add(
          warning(
              "Q4", row, "三级指标", "“" + name + "”是预算执行指标，不是绩效指标",
              "预算执行率在自评中单独计分，请改为反映产出或效益的指标"));
    }
    if (t instanceof TargetValue.Quantity) {
      TargetValue.Quantity q = (TargetValue.Quantity) t;
      if (q.isPercent() && COUNTED_UNIT.matcher(name).matches() && !name.contains("率")) {
        f.add(
            warning(
                "Q5", row, "指标值", "指标名称“" + name + "”是数量，指标值却是百分比“" + value + "”",
                "按名称中的单位填写数量"));
      }
      if (l2 == Level2.SATISFACTION && q.isPercent()
          && q.number().compareTo(BigDecimal.valueOf(80)) < 0) {
        f.add(warning("Q7", row, "指标值", "满意度目标 " + value + " 低于 80%", "满意度目标一般不低于 80%"));
      }
      if ((l2 == Level2.COST || l2 == Level2.ECONOMIC_COST) && q.inWan() != null
          && p.budget() != null && p.budget().total() != null
          && q.inWan().compareTo(p.budget().total().wan()) != 0
          && name.contains("总")) {
        f.add(
            warning(
                "B3", row, "指标值",
                "成本指标“" + value + "”与预算数 " + p.budget().total().wan().toPlainString()
                    + " 万元不一致",
                "总成本应与预算数一致"));
      }
    }
  }

  private static ReviewFinding error(String r, Integer row, String field, String m, String s) {
    return new ReviewFinding(r, ReviewFinding.Severity.ERROR, row, field, m, s);
  }

  private static ReviewFinding warning(String r, Integer row, String field, String m, String s) {
    return new ReviewFinding(r, ReviewFinding.Severity.WARNING, row, field, m, s);
  }

  private static ReviewFinding info(String r, Integer row, String field, String m, String s) {
    return new ReviewFinding(r, ReviewFinding.Severity.INFO, row, field, m, s);
  }
}
