package io.jixiao.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sections other forms print that the classic table has no place for (docs/forms.md): the
 * 部门整体 table's 基本支出 and 项目支出 beside its 资金总额 and its 年度履职目标 rows, a 申报表's
 * 项目预算成本构成 with 测算依据 and prior years' spending, the points a 自评表 writes inside its level-1
 * cells ({@code 产出指标(50分)}), and the 实际完成情况 of its goals. Every part is empty or null when not
 * printed; {@link #NONE} when the form prints none of them.
 *
 * @param basicSpending 基本支出 (万元), null when not printed
 * @param projectSpending 项目支出 (万元), null when not printed
 * @param duties the 年度履职目标 / 年度主要任务 rows
 * @param costs the 项目预算成本构成 rows without their 合计
 * @param levelPoints the points of each level-1 label as printed inside its cell, in order
 * @param goalResults the 实际完成情况 texts of the goals, in order
 */
public record FormSections(
    Money basicSpending,
    Money projectSpending,
    List<Duty> duties,
    List<CostItem> costs,
    Map<String, BigDecimal> levelPoints,
    List<String> goalResults) {

  public static final FormSections NONE =
      new FormSections(null, null, List.of(), List.of(), Map.of(), List.of());

  public FormSections {
    duties = duties == null ? List.of() : List.copyOf(duties);
    costs = costs == null ? List.of() : List.copyOf(costs);
    levelPoints =
        levelPoints == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levelPoints));
    goalResults = goalResults == null ? List.of() : List.copyOf(goalResults);
  }

  /**
   * One row of a 部门整体 table's 年度履职目标 (部门职能 | 年度目标任务 | 支出项目名称 | 预算金额) or 年度主要任务
   * (任务名称 | 主要内容 | 预算金额).
   *
   * @param function 部门职能, null when the table has no such column
   * @param task 年度目标任务 / 主要内容
   * @param project 支出项目名称 / 任务名称
   * @param amount 预算金额 (万元), null when not read
   */
  public record Duty(String function, String task, String project, Money amount) {}

  /**
   * One row of a 项目预算成本构成: the item, its 金额, 测算(公式)依据, and the actual spending of the
   * two years before (万元 by convention).
   */
  public record CostItem(
      String item, Money amount, String basis, Money spentTwoYearsAgo, Money spentLastYear) {}

  public boolean isNone() {
    return equals(NONE);
  }

  public FormSections withSpending(Money basic, Money projects) {
    return new FormSections(basic, projects, duties, costs, levelPoints, goalResults);
  }

  public FormSections withDuties(List<Duty> d) {
    return new FormSections(basicSpending, projectSpending, d, costs, levelPoints, goalResults);
  }

  public FormSections withCosts(List<CostItem> c) {
    return new FormSections(basicSpending, projectSpending, duties, c, levelPoints, goalResults);
  }

  public FormSections withLevelPoints(Map<String, BigDecimal> p) {
    return new FormSections(basicSpending, projectSpending, duties, costs, p, goalResults);
  }

  public FormSections withGoalResults(List<String> r) {
    return new FormSections(basicSpending, projectSpending, duties, costs, levelPoints, r);
  }
}
