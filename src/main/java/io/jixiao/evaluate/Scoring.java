package io.jixiao.evaluate;

import io.jixiao.monitor.Achievement;
import io.jixiao.monitor.IndicatorActual;
import io.jixiao.review.EvaluationPolicy;
import io.jixiao.model.TargetValue;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The share (0 to 1) of its weight an indicator earns for an actual. The rules and the decisions on
 * edge cases:
 *
 * <ul>
 *   <li>{@code ≥}, {@code >} and {@code =} (a bare number): actual ÷ target, capped at 1, also for
 *       {@code =} when the actual exceeds the target. A target of 0: {@code ≥0} is met by any
 *       actual; {@code >0} by an actual above 0; {@code =0} only by 0.
 *   <li>{@code ≤}, {@code <}: target ÷ actual, capped at 1; an actual of 0 earns the full share
 *       (also for a target of 0).
 *   <li>Units: an actual without a unit is read in the target's unit, and so is any actual of a
 *       target without a unit; amounts of money compare in 万元 ({@code 180000元} against {@code
 *       ≤22万元}); any other difference is not comparable (E4, share 0). The sign written with an
 *       actual ({@code ≥95%}) is ignored: the number is what was achieved.
 *   <li>A deadline: an actual date on or before the last day of the deadline earns the full share,
 *       a later one nothing. A date without a day ({@code 2023年12月}) counts as the end of that
 *       month, so it meets {@code 12月底前} and misses {@code 2023年12月15日前}; a year not printed is the
 *       budget year.
 *   <li>Qualitative targets ({@code 巩固提升}), targets relative to last year ({@code 较上年提高} — the
 *       actuals hold no base to compare with) and blank or unparsed targets are graded: 达成 / 基本达成 /
 *       部分达成 / 未达成 earn the pack's shares (100/80/60/0 %). An actual written exactly as the
 *       qualitative target ({@code 合格} for {@code 合格}) counts as 达成.
 *   <li>An actual of the wrong kind — a word for a number, a number for a deadline or a graded
 *       target — is not comparable: share 0 and a finding (E4) saying what to write.
 * </ul>
 */
final class Scoring {

  /** A share of the weight, or why the actual cannot be scored (then the share is 0). */
  record Outcome(BigDecimal share, String problem, String suggestion) {

    static Outcome of(BigDecimal share) {
      return new Outcome(share, null, null);
    }

    static Outcome unscorable(String problem, String suggestion) {
      return new Outcome(BigDecimal.ZERO, problem, suggestion);
    }

    boolean scorable() {
      return problem == null;
    }
  }

  private static final Outcome FULL = Outcome.of(BigDecimal.ONE);
  private static final Outcome NONE = Outcome.of(BigDecimal.ZERO);

  private final EvaluationPolicy policy;

  Scoring(EvaluationPolicy policy) {
    this.policy = policy;
  }

  /**
   * The share for {@code actual} against {@code target}; {@code year} stands for a year that a
   * deadline or an actual date does not print.
   */
  Outcome score(TargetValue target, IndicatorActual actual, int year) {
    if (target instanceof TargetValue.Quantity) {
      return quantity((TargetValue.Quantity) target, actual);
    }
    if (target instanceof TargetValue.Deadline) {
      return deadline((TargetValue.Deadline) target, actual, year);
    }
    return graded(target, actual);
  }

  private Outcome quantity(TargetValue.Quantity target, IndicatorActual actual) {
    TargetValue value = actual.valueAgainst(target);
    if (!(value instanceof TargetValue.Quantity)) {
      return Outcome.unscorable(
          "定量指标的实际完成值“" + actual.printed() + "”不是数值，无法与指标值比较",
          "填写实际完成的数值" + example(target) + "，偏差原因写在说明中");
    }
    TargetValue.Quantity a = (TargetValue.Quantity) value;
    BigDecimal t = target.number();
    BigDecimal x = a.number();
    if (target.unit() != null && a.unit() != null && !target.unit().equals(a.unit())) {
      if (!target.isMoney() || !a.isMoney()) {
        return Outcome.unscorable(
            "实际完成值“"
                + actual.printed()
                + "”的计量单位“"
                + a.unit()
                + "”与指标值的“"
                + target.unit()
                + "”不一致，无法比较",
            "按指标值的计量单位“" + target.unit() + "”填写实际完成值");
      }
      t = target.inWan();
      x = a.inWan();
    }
    return ratio(target, t, x);
  }

  /** The share for actual {@code x} against target {@code t} under the target's sign. */
  static Outcome ratio(TargetValue.Quantity target, BigDecimal t, BigDecimal x) {
    switch (target.sign()) {
      case GE:
      case GT:
      case EQ:
        if (t.signum() == 0) {
          return met(target, t, x) ? FULL : NONE;
        }
        return capped(Exact.divide(x, t));
      case LE:
      case LT:
        if (x.signum() == 0) {
          return FULL;
        }
        return capped(Exact.divide(t, x));
      default:
        throw new IllegalStateException("a quantity without a comparison: " + target);
    }
  }

  /** A target of 0 under ≥, > or =: met or not. */
  private static boolean met(TargetValue.Quantity target, BigDecimal t, BigDecimal x) {
    switch (target.sign()) {
      case GE:
        return x.compareTo(t) >= 0;
      case GT:
        return x.compareTo(t) > 0;
      default:
        return x.compareTo(t) == 0;
    }
  }

  private static Outcome capped(BigDecimal share) {
    return share.compareTo(BigDecimal.ONE) >= 0 ? FULL : Outcome.of(share);
  }

  private Outcome deadline(TargetValue.Deadline target, IndicatorActual actual, int year) {
    if (!(actual.value() instanceof TargetValue.Deadline)) {
      return Outcome.unscorable(
          "时效指标的实际完成值“" + actual.printed() + "”不是完成日期，无法与期限比较", "填写实际完成的日期，例如 " + year + "年11月30日");
    }
    TargetValue.Deadline a = (TargetValue.Deadline) actual.value();
    LocalDate due = target.lastDay(year);
    LocalDate done = a.lastDay(year);
    return done.isAfter(due) ? NONE : FULL;
  }

  private Outcome graded(TargetValue target, IndicatorActual actual) {
    Achievement grade = actual.achievement();
    if (grade == null) {
      grade = Achievement.of(actual.printed());
    }
    if (grade == null
        && target instanceof TargetValue.Qualitative
        && ((TargetValue.Qualitative) target).text().equals(actual.printed().strip())) {
      grade = Achievement.ACHIEVED;
    }
    if (grade == null) {
      String kind = target instanceof TargetValue.Relative ? "与上年比较的指标" : "定性指标";
      return Outcome.unscorable(
          kind + "的实际完成值“" + actual.printed() + "”不是达成等级，无法评分", "填写达成、基本达成、部分达成或未达成，具体情况写在说明中");
    }
    return Outcome.of(Exact.divide(share(grade), Exact.HUNDRED));
  }

  /** The percent of the weight a graded word earns under the pack. */
  BigDecimal share(Achievement grade) {
    switch (grade) {
      case ACHIEVED:
        return policy.achievedShare();
      case MOSTLY:
        return policy.mostlyShare();
      case PARTLY:
        return policy.partlyShare();
      case NOT_ACHIEVED:
        return policy.notAchievedShare();
      default:
        throw new IllegalStateException("unknown grade " + grade);
    }
  }

  private static String example(TargetValue.Quantity target) {
    return "，例如 " + target.number().toPlainString() + (target.unit() == null ? "" : target.unit());
  }
}
