package io.jixiao.web;

import io.jixiao.model.Indicator;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything of one target table that can be edited, as text fields, and the revision it was
 * loaded at (the optimistic lock). Bound from the edit form and from the API's JSON body; turned
 * into a {@link Project} by {@link ProjectForms}.
 */
public class ProjectForm {

  private int revision;
  private String title;
  private String unitCode;
  private String unitName;
  private String projectCode;
  private String name;
  private String budgetTotal;
  private String budgetFiscal;
  private String budgetOther;
  private String fundUse;
  private String planMar;
  private String planJun;
  private String planOct;
  private String planDec;
  private String goals;
  private List<Row> rows = new ArrayList<>();

  /** One indicator row. */
  public static class Row {
    private String level1;
    private String level2;
    private String name;
    private String description;
    private String value;
    private String basis;

    public Row() {}

    Row(Indicator i) {
      level1 = i.level1();
      level2 = i.level2();
      name = i.name();
      description = i.description();
      value = i.value();
      basis = i.basis();
    }

    boolean blank() {
      return isBlank(level1) && isBlank(level2) && isBlank(name) && isBlank(description)
          && isBlank(value) && isBlank(basis);
    }

    public String getLevel1() {
      return level1;
    }

    public void setLevel1(String level1) {
      this.level1 = level1;
    }

    public String getLevel2() {
      return level2;
    }

    public void setLevel2(String level2) {
      this.level2 = level2;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public String getValue() {
      return value;
    }

    public void setValue(String value) {
      this.value = value;
    }

    public String getBasis() {
      return basis;
    }

    public void setBasis(String basis) {
      this.basis = basis;
    }
  }

  public ProjectForm() {}

  /** The form showing {@code p} at {@code revision}. */
  static ProjectForm of(Project p, int revision) {
    ProjectForm f = new ProjectForm();
    f.revision = revision;
    f.title = p.title();
    if (p.unit() != null) {
      f.unitCode = p.unit().code() == null ? null : p.unit().code().value();
      f.unitName = p.unit().name();
    }
    f.projectCode = p.code() == null ? null : p.code().value();
    f.name = p.name();
    if (p.budget() != null) {
      f.budgetTotal = p.budget().total() == null ? null : p.budget().total().wan().toPlainString();
      f.budgetFiscal =
          p.budget().fiscal() == null ? null : p.budget().fiscal().wan().toPlainString();
      f.budgetOther = p.budget().other() == null ? null : p.budget().other().wan().toPlainString();
    }
    f.fundUse = p.fundUse();
    if (p.spendingPlan() != null) {
      f.planMar = percent(p.spendingPlan().mar());
      f.planJun = percent(p.spendingPlan().jun());
      f.planOct = percent(p.spendingPlan().oct());
      f.planDec = percent(p.spendingPlan().dec());
    }
    f.goals = String.join("\n", p.goals());
    for (Indicator i : p.indicators()) {
      f.rows.add(new Row(i));
    }
    return f;
  }

  private static String percent(Percent p) {
    return p == null ? null : p.value().toPlainString();
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  public int getRevision() {
    return revision;
  }

  public void setRevision(int revision) {
    this.revision = revision;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  public String getUnitName() {
    return unitName;
  }

  public void setUnitName(String unitName) {
    this.unitName = unitName;
  }

  public String getProjectCode() {
    return projectCode;
  }

  public void setProjectCode(String projectCode) {
    this.projectCode = projectCode;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getBudgetTotal() {
    return budgetTotal;
  }

  public void setBudgetTotal(String budgetTotal) {
    this.budgetTotal = budgetTotal;
  }

  public String getBudgetFiscal() {
    return budgetFiscal;
  }

  public void setBudgetFiscal(String budgetFiscal) {
    this.budgetFiscal = budgetFiscal;
  }

  public String getBudgetOther() {
    return budgetOther;
  }

  public void setBudgetOther(String budgetOther) {
    this.budgetOther = budgetOther;
  }

  public String getFundUse() {
    return fundUse;
  }

  public void setFundUse(String fundUse) {
    this.fundUse = fundUse;
  }

  public String getPlanMar() {
    return planMar;
  }

  public void setPlanMar(String planMar) {
    this.planMar = planMar;
  }

  public String getPlanJun() {
    return planJun;
  }

  public void setPlanJun(String planJun) {
    this.planJun = planJun;
  }

  public String getPlanOct() {
    return planOct;
  }

  public void setPlanOct(String planOct) {
    this.planOct = planOct;
  }

  public String getPlanDec() {
    return planDec;
  }

  public void setPlanDec(String planDec) {
    this.planDec = planDec;
  }

  public String getGoals() {
    return goals;
  }

  public void setGoals(String goals) {
    this.goals = goals;
  }

  public List<Row> getRows() {
    return rows;
  }

  public void setRows(List<Row> rows) {
    this.rows = rows == null ? new ArrayList<>() : rows;
  }
}
