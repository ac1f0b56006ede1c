package io.jixiao.review;

import io.jixiao.monitor.MonitoringTable;
import io.jixiao.model.Budget;
import io.jixiao.model.Indicator;
import io.jixiao.model.Level1;
import io.jixiao.model.Level2;
import io.jixiao.model.Project;
import io.jixiao.model.Taxonomy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One table as the rules see it, computed once before any rule runs: the rows with their resolved
 * categories and squashed text, which level 1s and output level 2s are present, the budget total.
 * In a monitoring run the context also carries the table's {@link MonitoringTable} (its actuals
 * measured at the date) for the monitoring rules (M1–M4).
 */
final class TableContext {

  private final DocumentContext document;
  private final int index;
  private final Project project;
  private final List<Row> rows;
  private final boolean output;
  private final boolean effect;
  private final boolean satisfaction;
  private final boolean cost;
  private final Set<Level2> outputLevel2s;
  private final String displayName;
  private final String nameKey;
  private final String goals;
  private final String goalsKey;
  private final String fundUseKey;
  private final long goalsSignature;
  private final long fundUseSignature;
  private final MonitoringTable monitoring;

  TableContext(DocumentContext document, int index, Project project) {
    this(document, index, project, null);
  }

  TableContext(DocumentContext document, int index, Project project, MonitoringTable monitoring) {
    this.monitoring = monitoring;
    this.document = document;
    this.index = index;
    this.project = project;
    List<Indicator> indicators = project.indicators();
    List<Row> list = new ArrayList<>(indicators.size());
    boolean hasOutput = false;
    boolean hasEffect = false;
    boolean hasSatisfaction = false;
    boolean hasCost = false;
    Set<Level2> level2s = EnumSet.noneOf(Level2.class);
    Row previous = null;
    for (int i = 0; i < indicators.size(); i++) {
      Row row = Row.of(i + 1, indicators.get(i), previous);
      previous = row;
      list.add(row);
      if (row.level1() == Level1.OUTPUT) {
        hasOutput = true;
        if (row.level2() != null) {
          level2s.add(row.level2());
        }
      } else if (row.level1() == Level1.EFFECT) {
        hasEffect = true;
      }
      hasSatisfaction |= row.isSatisfaction();
      hasCost |= row.isCost();
    }
    this.rows = Collections.unmodifiableList(list);
    this.output = hasOutput;
    this.effect = hasEffect;
    this.satisfaction = hasSatisfaction;
    this.cost = hasCost;
    this.outputLevel2s = level2s;
    this.displayName = displayName(project);
    this.nameKey = Recurring.nameKey(displayName);
    this.goals = String.join(" ", project.goals());
    this.goalsKey = Text.squash(goals);
    this.fundUseKey = Text.squash(project.fundUse());
    this.goalsSignature = Text.signature(goalsKey);
    this.fundUseSignature = Text.signature(fundUseKey);
  }

  /**
   * {@link Project#displayName()} without its regular expression (compiled on every call): the 项目名称
   * cell, else the title without 绩效目标表.
   */
  static String displayName(Project p) {
    if (p.name() != null) {
      return p.name();
    }
    String title = p.title().strip();
    if (title.endsWith("绩效目标表")) {
      title = title.substring(0, title.length() - "绩效目标表".length()).strip();
    }
    return title;
  }

  DocumentContext document() {
    return document;
  }

  /** The table's actuals measured at the date in a monitoring run; null in a draft review. */
  MonitoringTable monitoring() {
    return monitoring;
  }

  /** The table's position in its document (0-based); its printed number is {@link #seq()}. */
  int index() {
    return index;
  }

  int seq() {
    return project.seq();
  }

  Project project() {
    return project;
  }

  List<Row> rows() {
    return rows;
  }

  Taxonomy taxonomy() {
    return project.taxonomy();
  }

  boolean hasOutput() {
    return output;
  }

  boolean hasEffect() {
    return effect;
  }

  boolean hasSatisfaction() {
    return satisfaction;
  }

  boolean hasCost() {
    return cost;
  }

  /** The level 2s present under 产出指标. */
  Set<Level2> outputLevel2s() {
    return outputLevel2s;
  }

  /** The project's name ({@link Project#displayName()}), computed once. */
  String displayName() {
    return displayName;
  }

  /** The project name squashed and without years, for comparing projects. */
  String nameKey() {
    return nameKey;
  }

  /** The goals as one text, items separated by a space. */
  String goals() {
    return goals;
  }

  /** The goals squashed. */
  String goalsKey() {
    return goalsKey;
  }

  /** The fund use squashed; empty when none is printed. */
  String fundUseKey() {
    return fundUseKey;
  }

  /** {@link Text#signature} of {@link #goalsKey()}. */
  long goalsSignature() {
    return goalsSignature;
  }

  /** {@link Text#signature} of {@link #fundUseKey()}. */
  long fundUseSignature() {
    return fundUseSignature;
  }

  /** 预算数 in 万元, or null when not printed. */
  BigDecimal budgetTotal() {
    Budget b = project.budget();
    return b == null || b.total() == null ? null : b.total().wan();
  }

  /** The budget year of the document, or null when it cannot be told. */
  Integer budgetYear() {
    return document.budgetYear();
  }
}
