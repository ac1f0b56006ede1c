package io.jixiao.model;

import java.util.ArrayList;
import java.util.List;

/** Test data builders for documents, beside the model they build. */
public final class TestDocuments {

  private TestDocuments() {}

  public static DocumentBuilder document(String source) {
    return new DocumentBuilder(source);
  }

  public static ProjectBuilder project(int seq, String title) {
    return new ProjectBuilder(seq, title);
  }

  /**
   * A document that uses every field: department, Part 1 (with a sub-goal without goal text and a
   * measure without text), a classic table with four-decimal money and a partial spending plan, a
   * 2021-guideline table with blank blocks, and a table that prints almost nothing.
   */
  public static TargetDocument everyField(String source) {
    DepartmentGoals overall =
        new DepartmentGoals(
            "围绕自然资源管理职责，全面完成年度工作任务。\n确保资金使用规范。",
            List.of(
                new DepartmentGoals.SubGoal(
                    "全民所有自然资源资产所有者职责得以行使",
                    "履行所有者职责，摸清资产家底",
                    List.of("法律法规教育普及率 ≥90%", "资产清查完成率 100%")),
                new DepartmentGoals.SubGoal("国土空间规划体系基本建立", null, List.of())),
            List.of(
                new DepartmentGoals.Measure("完善制度建设", "健全预算绩效管理制度"),
                new DepartmentGoals.Measure("绩效自评", null)));
    Project classic =
        project(1, "2023 年测绘地理信息资质单位质量监督检查绩效目标表")
            .unit("543001", "承德市自然资源和规划局本级")
            .code("13080023P000085100062")
            .name("测绘地理信息资质单位质量监督检查")
            .budget("12.3456", "10.00", "2.3456")
            .fundUse("用于 测绘成果质量 抽检")
            .plan(null, "25", "60.5", "100")
            .goals("完成质量监督检查", "提升测绘成果质量")
            .indicator("产出指标", "数量指标", "检查单位数量", "抽查资质单位", "≥10 家", "年度工作计划")
            .indicator("产出指标", "质量指标", "检查覆盖率", "覆盖全部单位", "≥90%", null)
            .indicator("产出指标", "时效指标", "完成时间", null, "12月底前", "工作安排")
            .indicator("产出指标", "成本指标", "检查成本", "控制成本", "≤12.3456万元", null)
            .indicator("效益指标", "社会效益指标", "测绘质量", "质量提升", "巩固提升", null)
            .indicator("满意度指标", "服务对象满意度指标", "单位满意度", null, null, null)
            .build();
    Project guideline =
        project(2, "办公运转经费绩效目标表")
            .budget(null, null, null)
            .plan(null, null, null, null)
            .indicator("产出指标", "数量指标", "保障人数", "在职人员", "57人", "编制数")
            .indicator("成本指标", "经济成本指标", "人均经费", "按标准", "≤1.5万元", "定额标准")
            .indicator("效益指标", "可持续影响指标", "运转保障", "保障正常运转", "持续保障", "以前年度")
            .build();
    Project bare =
        project(3, "其他项目绩效目标表").unit(null, "某单位").budget("15", null, null).goals("保障运转").build();
    return document(source)
        .department("承德市自然资源和规划局", 2023)
        .overall(overall)
        .projects(classic, guideline, bare)
        .build();
  }

  /** A small document of one department with {@code projects} tables of two indicators each. */
  public static TargetDocument small(String source, String department, int year, int projects) {
    DocumentBuilder b = document(source).department(department, year);
    for (int i = 1; i <= projects; i++) {
      b.projects(
          project(i, "项目" + i + "绩效目标表")
              .budget(i + ".50", i + ".50", "0")
              .indicator("产出指标", "数量指标", "数量" + i, null, "≥" + i + "个", null)
              .indicator("满意度指标", "服务对象满意度指标", "满意度", null, "≥90%", null)
              .build());
    }
    return b.build();
  }

  /** {@code d} with the 指标值 of indicator {@code row} of its table at {@code position} changed. */
  public static TargetDocument withValue(TargetDocument d, int position, int row, String value) {
    List<Project> projects = new ArrayList<>(d.projects());
    Project p = projects.get(position - 1);
    List<Indicator> indicators = new ArrayList<>(p.indicators());
    indicators.set(row - 1, indicators.get(row - 1).withValue(value));
    projects.set(position - 1, new Project(p.seq(), p.title(), p.unit(), p.code(), p.name(),
        p.budget(), p.fundUse(), p.spendingPlan(), p.goals(), indicators, p.taxonomy()));
    return new TargetDocument(d.source(), d.department(), d.overall(), projects);
  }

  public static final class DocumentBuilder {
    private final String source;
    private Department department;
    private DepartmentGoals overall;
    private final List<Project> projects = new ArrayList<>();

    private DocumentBuilder(String source) {
      this.source = source;
    }

    public DocumentBuilder department(String name, Integer year) {
      this.department = new Department(name, year);
      return this;
    }

    public DocumentBuilder overall(DepartmentGoals overall) {
      this.overall = overall;
      return this;
    }

    public DocumentBuilder projects(Project... projects) {
      this.projects.addAll(List.of(projects));
      return this;
    }

    public TargetDocument build() {
      return new TargetDocument(source, department, overall, projects);
    }
  }

  public static final class ProjectBuilder {
    private final int seq;
    private final String title;
    private BudgetUnit unit;
    private ProjectCode code;
    private String name;
    private Budget budget;
    private String fundUse;
    private SpendingPlan plan;
    private final List<String> goals = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();

    private ProjectBuilder(int seq, String title) {
      this.seq = seq;
      this.title = title;
    }

    public ProjectBuilder unit(String code, String name) {
      this.unit = new BudgetUnit(code == null ? null : new UnitCode(code), name);
      return this;
    }

    public ProjectBuilder code(String code) {
      this.code = new ProjectCode(code);
      return this;
    }

    public ProjectBuilder name(String name) {
      this.name = name;
      return this;
    }

    /** Amounts in 万元 as printed; null for a blank cell. */
    public ProjectBuilder budget(String total, String fiscal, String other) {
      this.budget = new Budget(money(total), money(fiscal), money(other));
      return this;
    }

    public ProjectBuilder fundUse(String fundUse) {
      this.fundUse = fundUse;
      return this;
    }

    /** Cumulative percentages at the end of March, June, October, December; null for blank. */
    public ProjectBuilder plan(String mar, String jun, String oct, String dec) {
      this.plan = new SpendingPlan(percent(mar), percent(jun), percent(oct), percent(dec));
      return this;
    }

    public ProjectBuilder goals(String... goals) {
      this.goals.addAll(List.of(goals));
      return this;
    }

    public ProjectBuilder indicator(
        String l1, String l2, String l3, String description, String value, String basis) {
      indicators.add(new Indicator(l1, l2, l3, description, value, basis));
      return this;
    }

    public Project build() {
      return Project.of(seq, title, unit, code, name, budget, fundUse, plan, goals, indicators);
    }

    private static Money money(String amount) {
      return amount == null ? null : Money.parse(amount);
    }

    private static Percent percent(String value) {
      return value == null ? null : Percent.parse(value);
    }
  }
}
