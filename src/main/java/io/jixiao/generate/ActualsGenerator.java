package io.jixiao.generate;

import io.jixiao.model.Indicator;
import io.jixiao.model.Money;
import io.jixiao.model.Project;
import io.jixiao.model.Sign;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TargetValue;
import io.jixiao.monitor.ActualsEntry;
import io.jixiao.monitor.ProjectKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The year's actuals of a generated department, as its staff would report them (docs/actuals.md):
 * per table with a budget the cumulative spending at the end of June and of December, and per
 * indicator (nine in ten reported) what it achieved by December. The spread is an assumption, not a
 * measurement (the seeds hold no actuals): execution rates mostly 95–100 %, a quarter 85–95 %, one
 * in ten 60–85 % and one in twenty 20–60 %; three quarters of the quantities met or slightly
 * exceeded, the rest short; deadlines mostly met; graded words mostly 达成. A shortfall carries a
 * note. Every line passes the actuals checks against its document without an error.
 */
public final class ActualsGenerator {

  private static final long SALT = 0x41435455414CL; // "ACTUAL"

  private final long seed;

  public ActualsGenerator(long seed) {
    this.seed = seed;
  }

  /** The actuals of department {@code index}'s document. */
  public List<ActualsEntry> actuals(TargetDocument doc, int index) {
    Rng rng = Rng.of(seed ^ SALT, index);
    int year = doc.budgetYear();
    YearMonth june = YearMonth.of(year, 6);
    YearMonth december = YearMonth.of(year, 12);
    List<ActualsEntry> out = new ArrayList<>();
    for (Project p : doc.projects()) {
      ProjectKey key = new ProjectKey(doc.source(), p.seq());
      if (p.budget() != null && p.budget().total() != null) {
        BigDecimal total = p.budget().total().wan();
        double rate = executionRate(rng);
        BigDecimal spent = total.multiply(BigDecimal.valueOf(rate)).setScale(2, RoundingMode.DOWN);
        BigDecimal half =
            spent.multiply(BigDecimal.valueOf(0.3 + 0.3 * rng.nextDouble()))
                .setScale(2, RoundingMode.DOWN);
        out.add(ActualsEntry.spent(key, june, new Money(half), null));
        out.add(
            ActualsEntry.spent(
                key,
                december,
                new Money(spent),
                rate < 0.9 ? rng.pick(Vocabulary.SHORTFALL_NOTES) : null));
      }
      List<Indicator> indicators = p.indicators();
      for (int i = 0; i < indicators.size(); i++) {
        if (!rng.chance(0.9)) {
          continue;
        }
        String[] valueAndNote = achieved(indicators.get(i).target(), year, rng);
        out.add(
            ActualsEntry.indicator(key, i + 1, december, valueAndNote[0], valueAndNote[1]));
      }
    }
    return out;
  }

  private static double executionRate(Rng rng) {
    double u = rng.nextDouble();
    if (u < 0.60) {
      return 0.95 + 0.05 * rng.nextDouble();
    }
    if (u < 0.85) {
      return 0.85 + 0.10 * rng.nextDouble();
    }
    if (u < 0.95) {
      return 0.60 + 0.25 * rng.nextDouble();
    }
    return 0.20 + 0.40 * rng.nextDouble();
  }

  /** The achieved value and the note (null when none) for a target. */
  private static String[] achieved(TargetValue target, int year, Rng rng) {
    if (target instanceof TargetValue.Quantity) {
      return quantity((TargetValue.Quantity) target, rng);
    }
    if (target instanceof TargetValue.Deadline) {
      TargetValue.Deadline d = (TargetValue.Deadline) target;
      double u = rng.nextDouble();
      if (u < 0.8 && d.possible(year)) {
        LocalDate due = d.lastDay(year);
        LocalDate last = due.isAfter(LocalDate.of(year, 12, 31)) ? LocalDate.of(year, 12, 31) : due;
        LocalDate done = last.minusDays(rng.nextInt(60));
        if (done.getYear() < year) {
          done = LocalDate.of(year, 1, 1);
        }
        return new String[] {
          done.getYear() + "年" + done.getMonthValue() + "月" + done.getDayOfMonth() + "日", null
        };
      }
      return u < 0.9
          ? new String[] {"达成", null}
          : new String[] {"未达成", rng.pick(Vocabulary.MISSED_NOTES)};
    }
    if (target instanceof TargetValue.Qualitative) {
      double u = rng.nextDouble();
      if (u < 0.70) {
        return new String[] {"达成", null};
      }
      if (u < 0.85) {
        return new String[] {"基本达成", null};
      }
      return new String[] {u < 0.95 ? "部分达成" : "未达成", rng.pick(Vocabulary.MISSED_NOTES)};
    }
    return new String[] {rng.chance(0.85) ? "达成" : "基本达成", null};
  }

  private static String[] quantity(TargetValue.Quantity t, Rng rng) {
    double u = rng.nextDouble();
    double factor;
    boolean upper = t.sign() == Sign.LE || t.sign() == Sign.LT;
    if (upper) {
      factor = u < 0.85 ? 0.7 + 0.3 * rng.nextDouble() : 1.0 + 0.15 * rng.nextDouble();
    } else if (u < 0.75) {
      factor = 1.0 + 0.08 * rng.nextDouble();
    } else if (u < 0.92) {
      factor = 0.9 + 0.1 * rng.nextDouble();
    } else {
      factor = 0.5 + 0.4 * rng.nextDouble();
    }
    BigDecimal target = t.number();
    BigDecimal x = target.multiply(BigDecimal.valueOf(factor));
    boolean whole = target.stripTrailingZeros().scale() <= 0 && !t.isPercent() && !t.isMoney();
    x = x.setScale(whole ? 0 : 2, RoundingMode.HALF_UP);
    if (t.isPercent() && x.compareTo(BigDecimal.valueOf(100)) > 0) {
      x = BigDecimal.valueOf(100);
    }
    BigDecimal plain = x.stripTrailingZeros();
    if (plain.scale() < 0) {
      plain = plain.setScale(0);
    }
    boolean missed = upper ? x.compareTo(target) > 0 : x.compareTo(target) < 0;
    return new String[] {
      plain.toPlainString() + (t.unit() == null ? "" : t.unit()),
      missed ? rng.pick(Vocabulary.MISSED_NOTES) : null
    };
  }
}
