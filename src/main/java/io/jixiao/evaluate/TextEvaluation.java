package io.jixiao.evaluate;

import io.jixiao.review.Finding;
import java.util.List;
import java.util.Map;

/** The readable Chinese report: the department's ranking, then each project's 自评表 as text. */
final class TextEvaluation {

  private TextEvaluation() {}

  static String render(DepartmentEvaluation evaluation) {
    StringBuilder b = new StringBuilder(4096);
    head(b, evaluation.period(), Ranked.of(evaluation.projects()));
    if (evaluation.projects().isEmpty()) {
      return b.toString();
    }
    for (ProjectEvaluation e : evaluation.projects()) {
      project(b, e, evaluation.period());
    }
    return b.toString();
  }

  /** The title and the ranking, what comes before the projects. */
  static void head(StringBuilder b, EvaluationPeriod period, List<Ranked> projects) {
    b.append(period.title("项目支出绩效自评结果")).append("\n\n");
    List<Ranked> ranking = Ranked.ranking(projects);
    if (ranking.isEmpty()) {
      b.append("没有可评价的项目。\n");
      return;
    }
    b.append("共 ").append(ranking.size()).append(" 个项目：");
    boolean first = true;
    for (Map.Entry<EvaluationGrade, Integer> g : Ranked.grades(projects).entrySet()) {
      b.append(first ? "" : "，").append(g.getKey().label()).append(' ').append(g.getValue());
      first = false;
    }
    b.append("\n\n排名  得分     等级  项目\n");
    int rank = 0;
    for (Ranked e : ranking) {
      b.append(String.format("%4s  ", e.ranked() ? String.valueOf(++rank) : Form.DASH))
          .append(pad(e.score() == null ? Form.DASH : e.score().toPlainString(), 7))
          .append("  ")
          .append(e.grade() == null ? Form.DASH : e.grade().label())
          .append("    ")
          .append(e.source())
          .append(" 表 ")
          .append(e.seq())
          .append(' ')
          .append(e.name())
          .append(e.ranked() ? "" : "（" + e.unrankedReason() + "）")
          .append('\n');
    }
  }

  /** One project's part. */
  static void project(StringBuilder b, ProjectEvaluation e, EvaluationPeriod period) {
    b.append("\n表 ").append(e.seq()).append(' ').append(e.name());
    b.append("（").append(e.source()).append("）\n");
    b.append("  总分 ").append(e.score() == null ? Form.DASH : e.score().toPlainString());
    b.append("，自评等级 ").append(e.grade() == null ? Form.DASH : e.grade().label()).append('\n');
    String rescaling = Form.rescaling(e);
    if (rescaling != null) {
      b.append("  ").append(rescaling).append('\n');
    }
    BudgetExecution budget = e.budget();
    b.append("  预算执行：年初预算数 ")
        .append(amount(Form.money(budget.initial())))
        .append("，全年预算数 ")
        .append(amount(Form.money(budget.available())))
        .append("，").append(period.spentHeading()).append(' ')
        .append(amount(Form.money(budget.spent())));
    if (budget.scored()) {
      b.append("，执行率 ")
          .append(budget.rate() == null ? Form.DASH : budget.shownRate().toPlainString() + "%")
          .append("，得分 ")
          .append(budget.shownPoints().toPlainString())
          .append(" / ")
          .append(budget.shownWeight().toPlainString());
    } else {
      b.append("，无预算数，不计分");
    }
    b.append('\n');
    if (budget.note() != null) {
      b.append("    原因说明：").append(budget.note()).append('\n');
    }
    b.append("  实际完成情况：").append(Form.summary(e, period)).append('\n');
    b.append("  绩效指标（得分 / 分值）：\n");
    for (IndicatorScore i : e.indicators()) {
      b.append("    ")
          .append(i.row())
          .append(". ")
          .append(nullToEmpty(i.indicator().level1()))
          .append('/')
          .append(nullToEmpty(i.indicator().level2()))
          .append('/')
          .append(nullToEmpty(i.indicator().name()))
          .append("：年度指标值 ")
          .append(orDash(i.indicator().value()))
          .append("，实际完成值 ")
          .append(i.actual() == null ? "未填报" : i.actual())
          .append("，");
      if (i.weight() == null) {
        b.append("不计分");
      } else {
        b.append(i.shownPoints().toPlainString())
            .append(" / ")
            .append(i.shownWeight().toPlainString());
      }
      b.append('\n');
      if (i.note() != null) {
        b.append("       偏差原因：").append(i.note()).append('\n');
      }
    }
    if (!e.findings().isEmpty()) {
      b.append("  问题：\n");
      for (Finding f : e.findings()) {
        b.append("    ")
            .append(f.severity().label())
            .append(' ')
            .append(f.rule())
            .append(' ')
            .append(f.location().describe())
            .append("：")
            .append(f.message())
            .append("（建议：")
            .append(f.suggestion())
            .append("）\n");
      }
    }
  }

  private static String amount(String wan) {
    return wan.isEmpty() ? Form.DASH : wan + " 万元";
  }

  private static String pad(String s, int width) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < width) {
      b.append(' ');
    }
    return b.toString();
  }

  private static String orDash(String s) {
    return s == null ? Form.DASH : s;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
