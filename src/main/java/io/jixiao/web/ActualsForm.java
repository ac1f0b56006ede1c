package io.jixiao.web;

import io.jixiao.monitor.ActualsLine;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The actuals of one target table for one month as the form has them, as text: the month, the
 * cumulative spending and an adjusted budget (万元) with their notes, and per indicator the achieved
 * value and the reason for a deviation. An empty value is not entered (a value stored before
 * stays).
 * {@link #lines} turns the form into lines of actuals, checked like a file's.
 */
public class ActualsForm {

  /** Line numbers of the form's lines: spending, budget, then indicator N on line 2 + N. */
  static final int SPENT_LINE = 1;

  static final int BUDGET_LINE = 2;

  private String period;
  private String spent;
  private String spentNote;
  private String budget;
  private String budgetNote;
  private List<Row> rows = new ArrayList<>();

  /** One indicator's actual. */
  public static class Row {
    private String value;
    private String note;

    public Row() {}

    Row(String value, String note) {
      this.value = value;
      this.note = note;
    }

    public String getValue() {
      return value;
    }

    public void setValue(String value) {
      this.value = value;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  /** The form for the table of {@code view}, filled with its stored actuals of {@code period}. */
  static ActualsForm of(ActualsView view, YearMonth period) {
    ActualsForm f = new ActualsForm();
    f.period = period == null ? null : period.toString();
    ActualsView.Cell spent = view.spending().cell(period);
    if (spent != null) {
      f.spent = spent.value();
      f.spentNote = spent.note();
    }
    ActualsView.Cell budget = view.budget().cell(period);
    if (budget != null) {
      f.budget = budget.value();
      f.budgetNote = budget.note();
    }
    for (ActualsView.Line line : view.indicators()) {
      ActualsView.Cell c = line.cell(period);
      f.rows.add(c == null ? new Row() : new Row(c.value(), c.note()));
    }
    return f;
  }

  /** The form as lines about table {@code seq} of {@code source}, numbered for {@link #field}. */
  List<ActualsLine> lines(String source, int seq) {
    String s = Integer.toString(seq);
    List<ActualsLine> lines = new ArrayList<>();
    lines.add(new ActualsLine(SPENT_LINE, source, s, "spent", period, spent, spentNote));
    lines.add(new ActualsLine(BUDGET_LINE, source, s, "budget", period, budget, budgetNote));
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      lines.add(
          new ActualsLine(
              BUDGET_LINE + 1 + i, source, s, Integer.toString(i + 1), period, r.value, r.note));
    }
    return lines;
  }

  /**
   * The form field a problem of line {@code line}, column {@code column} ({@code period}, {@code
   * value}, {@code note}, or another) is about: {@code period}, {@code spent}, {@code spentNote},
   * {@code budget}, {@code budgetNote}, {@code rows[i].value}, {@code rows[i].note}; {@code
   * form} for anything else.
   */
  static String field(int line, String column) {
    if ("period".equals(column)) {
      return "period";
    }
    boolean value = "value".equals(column);
    if (!value && !"note".equals(column)) {
      return "form";
    }
    if (line == SPENT_LINE) {
      return value ? "spent" : "spentNote";
    }
    if (line == BUDGET_LINE) {
      return value ? "budget" : "budgetNote";
    }
    return "rows[" + (line - BUDGET_LINE - 1) + "]." + (value ? "value" : "note");
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getSpent() {
    return spent;
  }

  public void setSpent(String spent) {
    this.spent = spent;
  }

  public String getSpentNote() {
    return spentNote;
  }

  public void setSpentNote(String spentNote) {
    this.spentNote = spentNote;
  }

  public String getBudget() {
    return budget;
  }

  public void setBudget(String budget) {
    this.budget = budget;
  }

  public String getBudgetNote() {
    return budgetNote;
  }

  public void setBudgetNote(String budgetNote) {
    this.budgetNote = budgetNote;
  }

  public List<Row> getRows() {
    return rows;
  }

  public void setRows(List<Row> rows) {
    this.rows = rows == null ? new ArrayList<>() : rows;
  }
}
