package io.jixiao.document;

import io.jixiao.model.Budget;
import io.jixiao.model.BudgetUnit;
import io.jixiao.model.Department;
import io.jixiao.model.DepartmentGoals;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorFacts;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.ProjectFacts;
import io.jixiao.model.SelfEvaluation;
import io.jixiao.model.SpendingPlan;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TargetValue;
import io.jixiao.model.UnparsedCell;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * Writes one document in the interchange format, key by key, in the order of interchange.md. The
 * standard keys come first; the parsed value of an indicator follows as the extra key {@code
 * parsed} when asked for. Asked for the extras, it also writes {@code formatVersion} first and the
 * facts of other forms (docs/forms.md): {@code form} after a project's indicators and {@code facts}
 * after an indicator's value, each only when there are any, so a classic table is written as
 * before.
 */
final class InterchangeWriter {

  private final JsonGenerator g;
  private final boolean parsedValues;
  private Integer budgetYear;

  InterchangeWriter(JsonGenerator g, boolean parsedValues) {
    this.g = g;
    this.parsedValues = parsedValues;
  }

  /** The budget year that stands in for a deadline's unprinted year. */
  InterchangeWriter budgetYear(Integer year) {
    this.budgetYear = year;
    return this;
  }

  void document(TargetDocument doc) {
    budgetYear = doc.department() == null ? null : doc.department().year();
    g.writeStartObject();
    if (parsedValues) {
      g.writeName("formatVersion");
      g.writeNumber(InterchangeJson.FORMAT_VERSION);
    }
    g.writeStringProperty("source", doc.source());
    g.writeName("department");
    department(doc.department());
    g.writeName("overall");
    overall(doc.overall());
    g.writeName("projects");
    g.writeStartArray();
    for (Project p : doc.projects()) {
      project(p);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void department(Department d) {
    if (d == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    text("name", d.name());
    g.writeName("year");
    if (d.year() == null) {
      g.writeNull();
    } else {
      g.writeNumber(d.year());
    }
    g.writeEndObject();
  }

  private void overall(DepartmentGoals o) {
    if (o == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    text("summary", o.summary());
    g.writeName("subGoals");
    g.writeStartArray();
    for (DepartmentGoals.SubGoal s : o.subGoals()) {
      g.writeStartObject();
      text("title", s.title());
      text("goal", s.goal());
      texts("indicators", s.indicators());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeName("measures");
    g.writeStartArray();
    for (DepartmentGoals.Measure m : o.measures()) {
      g.writeStartObject();
      text("title", m.title());
      text("text", m.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void project(Project p) {
    g.writeStartObject();
    g.writeName("seq");
    g.writeNumber(p.seq());
    text("title", p.title());
    BudgetUnit unit = p.unit();
    text("unitCode", unit == null || unit.code() == null ? null : unit.code().value());
    text("unitName", unit == null ? null : unit.name());
    text("projectCode", p.code() == null ? null : p.code().value());
    text("projectName", p.name());
    g.writeName("budget");
    budget(p.budget());
    text("fundUse", p.fundUse());
    g.writeName("spendingPlan");
    spendingPlan(p.spendingPlan());
    texts("goals", p.goals());
    g.writeName("indicators");
    g.writeStartArray();
    for (Indicator i : p.indicators()) {
      indicator(i);
    }
    g.writeEndArray();
    if (parsedValues && !p.facts().isNone()) {
      g.writeName("form");
      form(p.facts());
    }
    g.writeEndObject();
  }

  /** The facts of a table read from another form than the classic one. */
  private void form(ProjectFacts f) {
    g.writeStartObject();
    text("kind", f.form() == null ? null : f.form().name());
    text("implementer", f.implementer());
    text("attribute", f.attribute());
    text("category", f.category());
    text("nature", f.nature());
    text("period", f.period());
    text("basis", f.basis());
    texts("longTermGoals", f.longTermGoals());
    g.writeName("selfEvaluation");
    SelfEvaluation s = f.selfEvaluation();
    if (s == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      money("initialBudget", s.initialBudget());
      money("adjustedBudget", s.adjustedBudget());
      money("spent", s.spent());
      percent("executionRate", s.executionRate());
      number("budgetWeight", s.budgetWeight());
      number("budgetScore", s.budgetScore());
      number("totalScore", s.totalScore());
      text("grade", s.grade());
      g.writeEndObject();
    }
    if (!f.sections().isNone()) {
      g.writeName("sections");
      sections(f.sections());
    }
    g.writeName("unparsed");
    g.writeStartArray();
    for (UnparsedCell c : f.unparsed()) {
      g.writeStartObject();
      text("field", c.field());
      text("printed", c.printed());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * The sections of another form ({@code FormSections}): written only when the form prints one, so
   * the JSON of a form without them is unchanged.
   */
  private void sections(io.jixiao.model.FormSections s) {
    g.writeStartObject();
    money("basicSpending", s.basicSpending());
    money("projectSpending", s.projectSpending());
    g.writeName("duties");
    g.writeStartArray();
    for (io.jixiao.model.FormSections.Duty d : s.duties()) {
      g.writeStartObject();
      text("function", d.function());
      text("task", d.task());
      text("project", d.project());
      money("amount", d.amount());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeName("costs");
    g.writeStartArray();
    for (io.jixiao.model.FormSections.CostItem c : s.costs()) {
      g.writeStartObject();
      text("item", c.item());
      money("amount", c.amount());
      text("basis", c.basis());
      money("spentTwoYearsAgo", c.spentTwoYearsAgo());
      money("spentLastYear", c.spentLastYear());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeName("levelPoints");
    g.writeStartObject();
    for (java.util.Map.Entry<String, BigDecimal> e : s.levelPoints().entrySet()) {
      number(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    texts("goalResults", s.goalResults());
    g.writeEndObject();
  }

  private void facts(IndicatorFacts f) {
    g.writeStartObject();
    text("term", f.term() == null ? null : f.term().label());
    number("weight", f.weight());
    text("direction", f.direction());
    text("remark", f.remark());
    text("actual", f.actual());
    number("score", f.score());
    text("reason", f.reason());
    g.writeEndObject();
  }

  private void number(String name, BigDecimal n) {
    g.writeName(name);
    if (n == null) {
      g.writeNull();
    } else {
      g.writeNumber(plainNumber(n));
    }
  }

  private void budget(Budget b) {
    if (b == null || (b.total() == null && b.fiscal() == null && b.other() == null)) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    money("total", b.total());
    money("fiscal", b.fiscal());
    money("other", b.other());
    g.writeEndObject();
  }

  private void spendingPlan(SpendingPlan s) {
    if (s == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    percent("mar", s.mar());
    percent("jun", s.jun());
    percent("oct", s.oct());
    percent("dec", s.dec());
    g.writeEndObject();
  }

  private void indicator(Indicator i) {
    g.writeStartObject();
    text("l1", i.level1());
    text("l2", i.level2());
    text("l3", i.name());
    text("description", i.description());
    text("value", i.value());
    text("basis", i.basis());
    if (parsedValues) {
      parsed(i.target());
      if (!i.facts().isNone()) {
        g.writeName("facts");
        facts(i.facts());
      }
    }
    g.writeEndObject();
  }

  /**
   * The parsed value as extra keys: {@code parsed} holds the data standard's sign code (6 alone for
   * a qualitative value) with the number and unit, the deadline or the baseline; it is null for a
   * blank value and for one the grammar could not read, whose reason follows as {@code unparsed}.
   */
  void parsed(TargetValue v) {
    g.writeName("parsed");
    if (v == null || v instanceof TargetValue.Blank) {
      g.writeNull();
      return;
    }
    if (v instanceof TargetValue.Unparsed) {
      g.writeNull();
      text("unparsed", ((TargetValue.Unparsed) v).reason());
      return;
    }
    g.writeStartObject();
    g.writeName("sign");
    g.writeNumber(v.sign().code());
    if (v instanceof TargetValue.Quantity) {
      TargetValue.Quantity q = (TargetValue.Quantity) v;
      g.writeName("number");
      g.writeNumber(plainNumber(q.number()));
      text("unit", q.unit());
      if (q.remark() != null) {
        text("remark", q.remark());
      }
    } else if (v instanceof TargetValue.Deadline) {
      TargetValue.Deadline d = (TargetValue.Deadline) v;
      text("deadline", deadline(d));
      if (d.period()) {
        g.writeName("period");
        g.writeBoolean(true);
      }
    } else if (v instanceof TargetValue.Relative) {
      text("baseline", "上年");
    }
    g.writeEndObject();
  }

  /**
   * The last day of a deadline as an ISO date; the budget year stands in for an unprinted year, and
   * without one the date has no year ({@code --12-31}, {@code --12} for a whole month).
   */
  private String deadline(TargetValue.Deadline d) {
    Integer year = d.year() != null ? d.year() : budgetYear;
    if (year != null) {
      return d.lastDay(year).toString();
    }
    return d.day() == null
        ? String.format("--%02d", d.month())
        : String.format("--%02d-%02d", d.month(), d.day());
  }

  private void text(String name, String value) {
    if (value == null) {
      g.writeNullProperty(name);
    } else {
      g.writeStringProperty(name, value);
    }
  }

  private void texts(String name, List<String> values) {
    g.writeName(name);
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private void money(String name, Money m) {
    g.writeName(name);
    if (m == null) {
      g.writeNull();
    } else {
      g.writeNumber(moneyNumber(m.wan()));
    }
  }

  private void percent(String name, Percent p) {
    g.writeName(name);
    if (p == null) {
      g.writeNull();
    } else {
      g.writeNumber(plainNumber(p.value()));
    }
  }

  /** Money keeps one decimal at least: {@code 15.00} → {@code 15.0}, {@code 7.15} stays. */
  static String moneyNumber(BigDecimal wan) {
    BigDecimal s = wan.stripTrailingZeros();
    if (s.scale() < 1) {
      s = s.setScale(1);
    }
    return s.toPlainString();
  }

  /**
   * A whole number without decimals ({@code 30}), else the shortest exact decimal ({@code 12.5}).
   */
  static String plainNumber(BigDecimal n) {
    BigDecimal s = n.stripTrailingZeros();
    if (s.scale() < 0) {
      s = s.setScale(0);
    }
    return s.toPlainString();
  }
}
