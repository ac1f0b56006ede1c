package io.jixiao.review;

import io.jixiao.model.Money;
import io.jixiao.model.ProjectCode;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Last year's self-evaluation (绩效自评) of one target table, as 结果应用 (use of results) needs it
 * beside the project's next-year draft: the score and grade, the budget, and the indicators that
 * missed their target. Built by {@code io.jixiao.results} from the stored document and actuals
 * (this module cannot see the evaluation, which depends on it).
 *
 * @param source last year's document
 * @param seq the table's number in it
 * @param name the project's name as last year's table prints it
 * @param code 项目编码, null when not printed
 * @param budget 预算数 as printed last year, null when not printed
 * @param year the budget year evaluated
 * @param reportedTo the latest month of the actuals the evaluation used, null when only an adjusted
 *     budget was reported
 * @param score the self-evaluation score out of 100, rounded to 0.01; null when nothing could be
 *     scored
 * @param grade 优, 良, 中 or 差; null without a score
 * @param missed the indicators that did not earn their full weight, in table order
 */
public record PriorOutcome(
    String source,
    int seq,
    String name,
    ProjectCode code,
    Money budget,
    int year,
    YearMonth reportedTo,
    BigDecimal score,
    String grade,
    List<Missed> missed) {

  /** The self-evaluation grades, best first. */
  public static final List<String> GRADES = List.of("优", "良", "中", "差");

  public PriorOutcome {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    if (grade != null && !GRADES.contains(grade)) {
      throw new IllegalArgumentException("a grade is 优, 良, 中 or 差: " + grade);
    }
    if ((score == null) != (grade == null)) {
      throw new IllegalArgumentException("a score goes with a grade");
    }
    missed = List.copyOf(missed);
  }

  /**
   * True when the actuals reach December of the budget year: the evaluation is the year-end
   * self-evaluation, not a mid-year measure in which everything not yet reported scores nothing.
   */
  public boolean yearEnd() {
    return reportedTo != null && !reportedTo.isBefore(YearMonth.of(year, 12));
  }

  /**
   * An indicator that missed its target last year.
   *
   * @param row the 1-based indicator row in last year's table
   * @param name 三级指标
   * @param target 年度指标值 as printed, null when blank
   * @param actual 实际完成值 as reported, null when none was (未填报)
   * @param points the points earned, rounded to 0.01
   * @param weight the indicator's weight (分值), rounded to 0.01
   */
  public record Missed(
      int row, String name, String target, String actual, BigDecimal points, BigDecimal weight) {

    public Missed {
      if (row < 1) {
        throw new IllegalArgumentException("rows count from 1: " + row);
      }
      Objects.requireNonNull(points, "points");
      Objects.requireNonNull(weight, "weight");
    }

    /** 实际完成值, or 未填报 when none was reported. */
    public String actualOrUnreported() {
      return actual == null ? "未填报" : actual;
    }
  }
}
