package io.jixiao.workflow;

import io.jixiao.model.FormKind;
import io.jixiao.model.Indicator;
import io.jixiao.model.Project;
import io.jixiao.model.SelfEvaluation;
import io.jixiao.model.TargetDocument;
import io.jixiao.monitor.ActualsEntry;
import io.jixiao.monitor.ProjectKey;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A 绩效自评表 imports as the table's targets and its actuals (issue 13): its 调整后预算数, 执行数 and
 * each indicator's 完成值 (with its 偏差原因 as the note) become the table's stored actuals of
 * December of the budget year, through {@link RecordActuals} and its rules, when the table's state
 * allows actuals (已批复, 已公开). Otherwise they stay in the table as printed facts (stored with it,
 * V8) and a note says so. The printed 得分, 总分 and 等级 always stay printed facts, for the review
 * and the self-evaluation to compare with their recomputation.
 */
final class SelfEvaluationActuals {

  private final RecordActuals record;

  SelfEvaluationActuals(RecordActuals record) {
    this.record = record;
  }

  /**
   * Records the actuals of the self-evaluation tables of {@code doc}, stored as {@code tables}
   * (by position); runs inside the import's transaction. Returns a note per such table.
   */
  List<String> record(TargetDocument doc, List<ProjectSummary> tables, Actor actor) {
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < doc.projects().size() && i < tables.size(); i++) {
      Project p = doc.projects().get(i);
      FormKind form = p.facts().form();
      if (form != FormKind.SELF_EVALUATION && form != FormKind.OVERALL_SELF_EVALUATION) {
        continue;
      }
      ProjectSummary row = tables.get(i);
      String table = "自评表“" + p.displayName() + "”";
      List<ActualsEntry> entries = entries(doc, p);
      if (entries.isEmpty()) {
        continue;
      }
      if (doc.budgetYear() == null) {
        notes.add(table + "的执行数和完成值已按原文保存在表中；文件未写明预算年度，未记为执行数据");
        continue;
      }
      String closed = row.state().actualsRefusal();
      if (closed != null) {
        notes.add(table + "的执行数和完成值已按原文保存在表中，未记为执行数据：" + closed
            + "；批复后再次导入本文件即可记录");
        continue;
      }
      RecordActuals.Recorded r = record.record(doc.source(), "ACTUALS_IMPORT", entries, actor);
      notes.add(table + "的执行数和完成值已记为 " + doc.budgetYear() + " 年 12 月的执行数据（"
          + r.summary() + "）；表中打印的得分和总分按原文保存，供复核比对");
    }
    return notes;
  }

  /** The lines the table's printed figures give: budget, spent, each indicator's 完成值. */
  private static List<ActualsEntry> entries(TargetDocument doc, Project p) {
    Integer year = doc.budgetYear();
    YearMonth period = YearMonth.of(year == null ? 2000 : year, 12);
    ProjectKey key = new ProjectKey(doc.source(), p.seq());
    List<ActualsEntry> out = new ArrayList<>();
    SelfEvaluation s = p.facts().selfEvaluation();
    if (s != null && s.adjustedBudget() != null) {
      out.add(ActualsEntry.budget(key, period, s.adjustedBudget(), null));
    }
    if (s != null && s.spent() != null) {
      out.add(ActualsEntry.spent(key, period, s.spent(), null));
    }
    int row = 0;
    for (Indicator ind : p.indicators()) {
      row++;
      String actual = ind.facts().actual();
      if (actual != null && !actual.isBlank()) {
        out.add(ActualsEntry.indicator(key, row, period, actual, ind.facts().reason()));
      }
    }
    return out;
  }
}
