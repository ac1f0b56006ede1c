package io.jixiao.cli;

import io.jixiao.monitor.Achievement;
import io.jixiao.monitor.Actuals;
import io.jixiao.monitor.IndicatorActual;
import io.jixiao.monitor.ProjectActuals;
import io.jixiao.monitor.ProjectKey;
import io.jixiao.model.Indicator;
import io.jixiao.model.Money;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TargetValue;
import io.jixiao.model.TargetValues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plausible actuals for benchmarking the scoring: spending at 95% of the budget by December, each
 * quantity at 95% of its target, each deadline met on its last day, graded indicators alternately
 * 达成 and 基本达成, and a deviation note on every other indicator, so that every path of the scoring
 * (capped and partial shares, dates, grades, findings) is taken.
 */
final class SampleActuals {

  private static final BigDecimal RATE = new BigDecimal("0.95");
  private static final YearMonth DECEMBER = YearMonth.of(2023, 12);

  private SampleActuals() {}

  static Actuals of(List<TargetDocument> documents) {
    Map<ProjectKey, ProjectActuals> all = new HashMap<>();
    for (TargetDocument d : documents) {
      int year =
          d.department() != null && d.department().year() != null ? d.department().year() : 2023;
      for (Project p : d.projects()) {
        ProjectKey key = new ProjectKey(d.source(), p.seq());
        TreeMap<YearMonth, Money> spent = new TreeMap<>();
        if (p.budget() != null && p.budget().total() != null) {
          spent.put(
              DECEMBER,
              new Money(p.budget().total().wan().multiply(RATE).setScale(4, RoundingMode.HALF_UP)));
        }
        List<IndicatorActual> indicators = new ArrayList<>();
        List<Indicator> list = p.indicators();
        for (int k = 0; k < list.size(); k++) {
          String printed = actual(list.get(k).target(), k, year);
          indicators.add(
              new IndicatorActual(
                  k + 1,
                  DECEMBER,
                  printed,
                  TargetValues.parse(printed),
                  Achievement.of(printed),
                  k % 2 == 0 ? null : "按计划推进"));
        }
        all.put(key, new ProjectActuals(key, spent, null, null, null, indicators));
      }
    }
    return Actuals.of(all);
  }

  private static String actual(TargetValue target, int k, int year) {
    if (target instanceof TargetValue.Quantity) {
      TargetValue.Quantity q = (TargetValue.Quantity) target;
      String unit = q.unit() == null ? "" : q.unit();
      return q.number().multiply(RATE).stripTrailingZeros().toPlainString() + unit;
    }
    if (target instanceof TargetValue.Deadline) {
      LocalDate d = ((TargetValue.Deadline) target).lastDay(year);
      return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
    return k % 2 == 0 ? "达成" : "基本达成";
  }
}
