package io.jixiao.web;

import io.jixiao.model.Budget;
import io.jixiao.model.BudgetUnit;
import io.jixiao.model.Indicator;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.ProjectCode;
import io.jixiao.model.SpendingPlan;
import io.jixiao.model.UnitCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an edit form into a {@link Project}, collecting every field that cannot be accepted with a
 * Chinese message instead of stopping at the first. Blank indicator rows are dropped.
 */
final class ProjectForms {

  private final List<WebException.FieldProblem> problems = new ArrayList<>();

  private ProjectForms() {}

  /**
   * The table the form describes, keeping {@code seq} of the table it edits.
   *
   * @throws WebException (400) listing every field that is not valid
   */
  static Project toProject(ProjectForm f, int seq) {
    ProjectForms p = new ProjectForms();
    Project project = p.build(f, seq);
    if (!p.problems.isEmpty()) {
      throw WebException.invalid("有 " + p.problems.size() + " 处填写有误，未保存", p.problems);
    }
    return project;
  }

  private Project build(ProjectForm f, int seq) {
    String title = text(f.getTitle());
    if (title == null) {
      problem("title", "表名不能为空，例如“义务教育学校公用经费补助项目绩效目标表”");
    }
    BudgetUnit unit = null;
    String unitCode = text(f.getUnitCode());
    String unitName = text(f.getUnitName());
    if (unitCode != null || unitName != null) {
      UnitCode code = null;
      if (unitCode != null) {
        if (unitCode.matches("\\d{3,12}")) {
          code = new UnitCode(unitCode);
        } else {
          problem("unitCode", "预算单位编码应为 3 至 12 位数字，例如 201001；现为“" + unitCode + "”");
        }
      }
      unit = new BudgetUnit(code, unitName);
    }
    ProjectCode projectCode = null;
    String code = text(f.getProjectCode());
    if (code != null) {
      if (code.matches("[0-9A-Za-z]{6,40}")) {
        projectCode = new ProjectCode(code);
      } else {
        problem("projectCode", "项目编码应为 6 至 40 位字母或数字，例如 13080023P000085100062；现为“" + code + "”");
      }
    }
    String name = text(f.getName());
    if (name == null) {
      problem("name", "项目名称不能为空");
    }
    Money total = money("budgetTotal", "预算数", f.getBudgetTotal());
    Money fiscal = money("budgetFiscal", "财政资金", f.getBudgetFiscal());
    Money other = money("budgetOther", "其他资金", f.getBudgetOther());
    Budget budget = total == null && fiscal == null && other == null
        ? null : new Budget(total, fiscal, other);
    Percent mar = percent("planMar", "3月底", f.getPlanMar());
    Percent jun = percent("planJun", "6月底", f.getPlanJun());
    Percent oct = percent("planOct", "10月底", f.getPlanOct());
    Percent dec = percent("planDec", "12月底", f.getPlanDec());
    SpendingPlan plan = mar == null && jun == null && oct == null && dec == null
        ? null : new SpendingPlan(mar, jun, oct, dec);
    List<String> goals = new ArrayList<>();
    if (f.getGoals() != null) {
      for (String line : f.getGoals().split("\\R")) {
        String g = text(line.replaceFirst("^\\s*(\\d+[.、．]|（\\d+）)\\s*", ""));
        if (g != null) {
          goals.add(g);
        }
      }
    }
    List<Indicator> indicators = new ArrayList<>();
    int shown = 0;
    for (ProjectForm.Row r : f.getRows()) {
      shown++;
      if (r == null || r.blank()) {
        continue;
      }
      if (text(r.getName()) == null) {
        problem("rows[" + (shown - 1) + "].name", "第 " + shown + " 行指标：三级指标（指标名称）不能为空");
        continue;
      }
      if (text(r.getLevel1()) == null || text(r.getLevel2()) == null) {
        problem("rows[" + (shown - 1) + "].level1",
            "第 " + shown + " 行指标“" + text(r.getName()) + "”：一级指标和二级指标不能为空");
        continue;
      }
      indicators.add(
          new Indicator(
              text(r.getLevel1()), text(r.getLevel2()), text(r.getName()),
              text(r.getDescription()), text(r.getValue()), text(r.getBasis())));
    }
    if (indicators.isEmpty() && problems.isEmpty()) {
      problem("rows", "至少需要一行绩效指标");
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return Project.of(seq, title, unit, projectCode, name, budget, text(f.getFundUse()), plan,
        goals, indicators);
  }

  private Money money(String field, String label, String printed) {
    String s = text(printed);
    if (s == null) {
      return null;
    }
    try {
      return Money.parse(s);
    } catch (IllegalArgumentException e) {
      problem(field, label + "应为不小于 0 的金额（万元，最多 6 位小数），例如 100.17；现为“" + s + "”");
      return null;
    }
  }

  private Percent percent(String field, String label, String printed) {
    String s = text(printed);
    if (s == null) {
      return null;
    }
    try {
      return Percent.parse(s);
    } catch (IllegalArgumentException e) {
      problem(field, "资金支出计划（" + label + "）应为累计百分比，例如 25 或 25%；现为“" + s + "”");
      return null;
    }
  }

  private void problem(String field, String message) {
    problems.add(new WebException.FieldProblem(field, message));
  }

  private static String text(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
