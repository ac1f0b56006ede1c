package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.SpendingPlan;
import io.jixiao.model.UnparsedCell;
import org.junit.jupiter.api.Test;

/** The leniency policy of docs/adr/0015: one bad cell never costs the document. */
class LenientImportTest {

  private static String table(String octoberCell) {
    return new LayoutAText()
        .title(4, "2023年承德基础地理信息数据采集更新绩效目标表")
        .row("543001 承德市自然资源和规划局本级", "单位：万元")
        .row("项目编码", "13080023P00007010008M", "项目名称", "2023年承德基础地理信息数据采集更新")
        .row("预算规模及资金用途", "预算数", "95.00", "其中：财政资金", "95.00", "其他资金", "")
        .row("", "购买服务支出")
        .row("资金支出计划（%）", "3月底", "", "6月底", "", "10月底", "12月底")
        .row("", "", "", "", "", octoberCell, "100%")
        .row("绩效目标", "1. 完成采集更新")
        .indicatorHeader()
        .row("产出指标", "数量指标", "采集更新工作完成数", "采集更新面积", "≥40平方公里")
        .row("满意度指标", "服务对象满意度指标", "用户满意度", "用户满意度", "≥90%")
        .text();
  }

  @Test
  void aWordBookmarkInASpendingPlanCellIsStrippedAndTheCellRead() {
    ImportResult r = new DocumentReader().readText("县.txt", table("[bookmark: _GoBack] 0"));

    assertThat(r.problems()).isEmpty();
    Project p = r.document().projects().get(0);
    assertThat(p.spendingPlan())
        .isEqualTo(new SpendingPlan(null, null, Percent.of(0), Percent.of(100)));
    assertThat(p.facts().unparsed()).isEmpty();
  }

  @Test
  void aSpendingPlanCellThatIsNoPercentageIsKeptAsPrintedAndTheRestIsImported() {
    String text = table("约三成");
    int line = text.substring(0, text.indexOf("约三成")).split("\n", -1).length;
    ImportResult r = new DocumentReader().readText("县.txt", text);

    assertThat(line).isEqualTo(34);
    assertThat(r.errors()).isEmpty();
    assertThat(r.problems())
        .extracting(
            ImportProblem::code, ImportProblem::file, ImportProblem::line, ImportProblem::table,
            ImportProblem::field)
        .containsExactly(tuple("IMP-SPENDING-PLAN", "县.txt", line, 4, "资金支出计划"));
    Project p = r.document().projects().get(0);
    assertThat(p.spendingPlan())
        .isEqualTo(new SpendingPlan(null, null, null, Percent.of(100)));
    assertThat(p.facts().unparsed()).containsExactly(new UnparsedCell("资金支出计划", "约三成"));
    assertThat(p.indicators()).hasSize(2);
    assertThat(p.budget().total().wan()).isEqualByComparingTo("95");
  }

  @Test
  void aSourceWithoutAnyReadableTableIsStillRefused() {
    ImportResult r = new DocumentReader().readText("说明.txt", "关于印发绩效目标的通知\n\n各单位：……\n");

    assertThat(r.document()).isNull();
    assertThat(r.errors()).extracting(ImportProblem::code).containsExactly("IMP-NO-TABLES");
  }

  @Test
  void exportArtefactsAreStrippedFromCells() {
    assertThat(Cells.text("[bookmark: _GoBack]≥95%")).isEqualTo("≥95%");
    assertThat(Cells.text("3[[bookmark: _GoBack]bookmark: _GoBack]62101")).isEqualTo("362101");
    assertThat(Cells.text("统计执法检查覆 — 2 — 盖率")).isEqualTo("统计执法检查覆盖率");
    assertThat(Cells.text("统计&nbsp;执法")).isEqualTo("统计 执法");
    assertThat(Cells.text("2023—2025年")).isEqualTo("2023—2025年");
  }
}
