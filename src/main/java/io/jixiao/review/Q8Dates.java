package io.jixiao.review;

import io.jixiao.model.TargetValue;
import java.time.LocalDate;

/**
 * Q8: a date that does not exist ({@code 11月31日}: error) or lies outside the budget year (before
 * it, or more than {@code yearsAfter} years after it: its own severity, a warning by default).
 */
final class Q8Dates implements TableRule {

  /** A leap year, so that 2月29日 passes when the budget year is unknown. */
  private static final int ANY_YEAR = 2024;

  private final int yearsAfter;
  private final Severity outOfYear;

  Q8Dates(RuleSettings settings) {
    this.yearsAfter = settings.integer("yearsAfter");
    this.outOfYear = settings.severity("outOfYearSeverity");
  }

  @Override
  public RuleId id() {
    return RuleId.Q8;
  }

  @Override
  public void check(TableContext t, Findings out) {
    Integer budgetYear = t.budgetYear();
    for (Row r : t.rows()) {
      if (!(r.target() instanceof TargetValue.Deadline)) {
        continue;
      }
      TargetValue.Deadline d = (TargetValue.Deadline) r.target();
      int year = budgetYear != null ? budgetYear : d.year() != null ? d.year() : ANY_YEAR;
      if (!d.possible(year)) {
        LocalDate last = d.lastDay(year);
        out.add(
            r.number(),
            Fields.VALUE,
            "日期"
                + Text.quote(r.value())
                + "不存在："
                + d.month()
                + "月只有 "
                + last.getDayOfMonth()
                + " 天",
            "改为实际存在的日期，如“"
                + (d.year() == null ? "" : d.year() + "年")
                + d.month()
                + "月"
                + last.getDayOfMonth()
                + "日”");
      } else if (budgetYear != null && d.year() != null) {
        if (d.year() < budgetYear) {
          out.add(
              outOfYear,
              r.number(),
              Fields.VALUE,
              "完成时限" + Text.quote(r.value()) + "早于预算年度 " + budgetYear + " 年",
              "时限应在预算年度内；跨年结转的项目，写明本年度内的完成时限");
        } else if (d.year() > budgetYear + yearsAfter) {
          out.add(
              outOfYear,
              r.number(),
              Fields.VALUE,
              "完成时限" + Text.quote(r.value()) + "晚于预算年度 " + budgetYear + " 年" + yearsAfter + " 年以上",
              "年度绩效目标的时限应在预算年度内；多年项目写明本年度要完成的阶段目标");
        }
      }
    }
  }
}
