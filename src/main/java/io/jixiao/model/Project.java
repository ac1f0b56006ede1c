package io.jixiao.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One 绩效目标表: a budget project with its header block and indicator tree. The taxonomy is detected
 * from the indicators when the table is built and recorded with it.
 *
 * @param seq the number printed before the table title
 * @param title the table title as printed, without the number
 * @param facts what other forms print beyond the classic header, {@link ProjectFacts#NONE} when
 *     nothing (never null)
 */
public record Project(
    int seq,
    String title,
    BudgetUnit unit,
    ProjectCode code,
    String name,
    Budget budget,
    String fundUse,
    SpendingPlan spendingPlan,
    List<String> goals,
    List<Indicator> indicators,
    Taxonomy taxonomy,
    ProjectFacts facts) {

  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s*绩效目标表$");

  public Project {
    Objects.requireNonNull(title, "title");
    goals = List.copyOf(goals);
    indicators = List.copyOf(indicators);
    if (taxonomy == null) {
      taxonomy = Taxonomy.detect(indicators);
    }
    if (facts == null) {
      facts = ProjectFacts.NONE;
    }
  }

  /** A classic table, without facts beyond its header. */
  public Project(
      int seq,
      String title,
      BudgetUnit unit,
      ProjectCode code,
      String name,
      Budget budget,
      String fundUse,
      SpendingPlan spendingPlan,
      List<String> goals,
      List<Indicator> indicators,
      Taxonomy taxonomy) {
    this(
        seq, title, unit, code, name, budget, fundUse, spendingPlan, goals, indicators, taxonomy,
        ProjectFacts.NONE);
  }

  /** A table whose taxonomy is detected from its indicators. */
  public static Project of(
      int seq,
      String title,
      BudgetUnit unit,
      ProjectCode code,
      String name,
      Budget budget,
      String fundUse,
      SpendingPlan spendingPlan,
      List<String> goals,
      List<Indicator> indicators) {
    return new Project(
        seq, title, unit, code, name, budget, fundUse, spendingPlan, goals, indicators, null);
  }

  /** This table with another budget block (预算数, 财政资金, 其他资金); null when none is printed. */
  public Project withBudget(Budget other) {
    return new Project(
        seq, title, unit, code, name, other, fundUse, spendingPlan, goals, indicators, taxonomy,
        facts);
  }

  /** This table with other 绩效目标 paragraphs. */
  public Project withGoals(List<String> other) {
    return new Project(
        seq, title, unit, code, name, budget, fundUse, spendingPlan, other, indicators, taxonomy,
        facts);
  }

  /** This table with other facts beyond the classic header. */
  public Project withFacts(ProjectFacts other) {
    return new Project(
        seq, title, unit, code, name, budget, fundUse, spendingPlan, goals, indicators, taxonomy,
        other);
  }

  /** The name to show: the 项目名称 cell, else the title without 绩效目标表. */
  public String displayName() {
    if (name != null) {
      return name;
    }
    return TITLE_SUFFIX.matcher(title).replaceFirst("");
  }
}
