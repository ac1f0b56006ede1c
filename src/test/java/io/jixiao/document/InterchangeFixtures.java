package io.jixiao.document;

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
import java.util.List;

/** Hand-built documents for the interchange tests: every field, blanks included. */
public final class InterchangeFixtures {

  private InterchangeFixtures() {}

  /** Part 1, a full table (with a 2021-style cost indicator) and a table with every cell blank. */
  public static TargetDocument chengde() {
    DepartmentGoals overall =
        new DepartmentGoals(
            "全面履行自然资源管理职责。\n推进国土空间规划实施。",
            List.of(
                new DepartmentGoals.SubGoal(
                    "全民所有自然资源资产所有者职责得以行使", "摸清自然资源家底", List.of("法律法规教育普及率 ≥90%", "群众满意度 ≥95%")),
                new DepartmentGoals.SubGoal("国土空间规划", null, List.of())),
            List.of(new DepartmentGoals.Measure("完善制度建设", "健全预算绩效管理制度。")));
    Project full =
        Project.of(
            1,
            "2023 年测绘地理信息资质单位质量监督检查绩效目标表",
            BudgetUnit.parse("543001 承德市自然资源和规划局本级"),
            new ProjectCode("13080023P000085100062"),
            "测绘地理信息资质单位质量监督检查",
            new Budget(Money.of("15.0"), Money.of("15.0"), null),
            "用于开展 \"双随机\" 检查",
            new SpendingPlan(null, null, Percent.of(30), Percent.of(100)),
            List.of("完成质量监督检查", "提升测绘成果质量"),
            List.of(
                new Indicator("产出指标", "数量指标", "检查单位数量", "抽查资质单位", "≥1 次", "年度工作计划"),
                new Indicator("效益指标", "社会效益指标", "测绘成果质量", null, "巩固提升", null),
                new Indicator("成本指标", "经济成本指标", "检查成本", "控制在预算内", "≤15万元", null)));
    Project blank =
        Project.of(2, "空白绩效目标表", null, null, null, null, null, null, List.of(), List.of());
    return new TargetDocument(
        "001_4926210a0e6bdf01.txt",
        new Department("承德市自然资源和规划局", 2023),
        overall,
        List.of(full, blank));
  }
}
