package io.jixiao.monitor;

import static io.jixiao.model.TestDocuments.document;
import static io.jixiao.model.TestDocuments.project;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.Money;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TargetValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading actuals CSV files against a small document: the format and every check. */
class ActualsCsvTest {

  static final String HEADER = "source,seq,row,period,value,note\n";

  /** One table with a target of every kind, one without a budget. */
  static final TargetDocument DOC =
      document("t.txt")
          .department("某局", 2023)
          .projects(
              project(1, "检查项目绩效目标表")
                  .name("检查项目")
                  .budget("10", "10", null)
                  .plan(null, null, "30", "100")
                  .indicator("产出指标", "数量指标", "检查数量", null, "≥20个", null)
                  .indicator("产出指标", "质量指标", "覆盖率", null, "≥95%", null)
                  .indicator("产出指标", "时效指标", "完成时限", null, "2023年12月31日前", null)
                  .indicator("产出指标", "成本指标", "经费支出", null, "≤10万元", null)
                  .indicator("效益指标", "社会效益指标", "治理水平", null, "巩固提升", null)
                  .indicator("满意度指标", "服务对象满意度指标", "满意度", null, "≥90%", null)
                  .indicator("效益指标", "经济效益指标", "收入", null, "≥上年", null)
                  .build(),
              project(2, "运转经费绩效目标表").indicator("产出指标", "数量指标", "保障人数", null, "57人", null).build())
          .build();

  static final ProjectKey T1 = new ProjectKey("t.txt", 1);

  private static ActualsReadResult read(String lines) {
    return ActualsCsv.read(
        "actuals.csv", (HEADER + lines).getBytes(StandardCharsets.UTF_8), List.of(DOC));
  }

  private static ActualsProblem only(ActualsReadResult r) {
    assertThat(r.problems()).hasSize(1);
    return r.problems().get(0);
  }

  @Test
  void readsSpendingABudgetAdjustmentAndIndicatorActualsOfEveryKind() {
    ActualsReadResult r =
        read(
            "t.txt,1,spent,2023-06,2.5,\n"
                + "t.txt,1,spent,2023-10,\"3,000.5\",\n"
                + "t.txt,1,budget,2023-09,12万元,追加检查任务\n"
                + "t.txt,1,1,2023-12,22个,\n"
                + "t.txt,1,2,2023-12,93.5%,\"部分区县数据未报送，已督促\"\n"
                + "t.txt,1,3,2023-12,2023年11月30日,\n"
                + "t.txt,1,4,2023-12,95000元,\n"
                + "t.txt,1,5,2023-12,基本达成,\n"
                + "t.txt,1,6,2023-12,91%,\n"
                + "t.txt,1,7,2023-12,较上年提高5%,\n");

    assertThat(r.problems()).extracting(ActualsProblem::code).containsExactly("ACT-SPENT-OVER");
    ProjectActuals p = r.actuals().of("t.txt", 1).orElseThrow();
    assertThat(p.spent())
        .isEqualTo(
            Map.of(
                YearMonth.of(2023, 6),
                Money.parse("2.5"),
                YearMonth.of(2023, 10),
                Money.parse("3000.5")));
    assertThat(p.adjustedBudget()).isEqualTo(Money.parse("12"));
    assertThat(p.budgetNote()).isEqualTo("追加检查任务");
    assertThat(p.spendingNote()).isNull();
    assertThat(p.indicators()).hasSize(7);
    IndicatorActual coverage = p.latest(2).orElseThrow();
    assertThat(coverage.value())
        .isEqualTo(
            new TargetValue.Quantity(io.jixiao.model.Sign.EQ, new BigDecimal("93.5"), "%", null));
    assertThat(coverage.note()).isEqualTo("部分区县数据未报送，已督促");
    assertThat(p.latest(3).orElseThrow().value())
        .isEqualTo(new TargetValue.Deadline(2023, 11, 30, false));
    assertThat(p.latest(4).orElseThrow().printed()).isEqualTo("95000元");
    assertThat(p.latest(5).orElseThrow().achievement()).isEqualTo(Achievement.MOSTLY);
    assertThat(p.latest(7).orElseThrow().value()).isInstanceOf(TargetValue.Relative.class);
    assertThat(r.entries()).hasSize(10);
  }

  @Test
  void aByteOrderMarkAndCrlfLineEndsAreRead() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body =
        (HEADER + "t.txt,1,spent,2023-06,2.5,\r\n")
            .replace("\n", "\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(body, 0, bytes, 3, body.length);

    ActualsReadResult r = ActualsCsv.read("a.csv", bytes, List.of(DOC));

    assertThat(r.problems()).isEmpty();
    assertThat(r.actuals().of("t.txt", 1).orElseThrow().spent())
        .containsEntry(YearMonth.of(2023, 6), Money.parse("2.50"));
  }

  @Test
  void aFileSavedAsGbkByExcelIsReadAsGb18030() {
    byte[] gbk = (HEADER + "t.txt,1,5,2023-12,达成,已督促\nt.txt,1,spent,2023-06,2.5,\n")
        .getBytes(Charset.forName("GBK"));

    ActualsReadResult r = ActualsCsv.read("a.csv", gbk, List.of(DOC));

    // 达成 read as GBK is a valid grade of the qualitative target; mojibake would be ACT-VALUE-KIND
    assertThat(r.problems()).isEmpty();
    assertThat(r.actuals().of("t.txt", 1).orElseThrow().spent())
        .containsEntry(YearMonth.of(2023, 6), Money.parse("2.5"));
  }

  @Test
  void aDifferentHeaderIsAnErrorNamingTheExpectedColumns() {
    ActualsReadResult r =
        ActualsCsv.read(
            "a.csv",
            "source,seq,row,month,value,note\nt.txt,1,spent,2023-06,2.5,\n"
                .getBytes(StandardCharsets.UTF_8),
            List.of(DOC));

    ActualsProblem p = only(r);
    assertThat(p.code()).isEqualTo("ACT-HEADER");
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.column()).isEqualTo("period");
    assertThat(p.message()).contains("表头应为 source,seq,row,period,value,note");
    assertThat(r.actuals()).isNull();
  }

  @Test
  void anEmptyFileIsAnError() {
    ActualsReadResult r = ActualsCsv.read("a.csv", new byte[0], List.of(DOC));

    assertThat(only(r).code()).isEqualTo("ACT-HEADER");
    assertThat(only(r).message()).contains("为空");
  }

  @Test
  void anUnknownSourceOrTableIsAnErrorOnItsLineAndColumn() {
    ActualsReadResult r =
        read("x.txt,1,spent,2023-06,2.5,\nt.txt,9,spent,2023-06,2.5,\nt.txt,a,1,2023-06,2,\n");

    assertThat(r.problems())
        .extracting(ActualsProblem::code, ActualsProblem::line, ActualsProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ACT-SOURCE-UNKNOWN", 2, "source"),
            org.assertj.core.groups.Tuple.tuple("ACT-SEQ-UNKNOWN", 3, "seq"),
            org.assertj.core.groups.Tuple.tuple("ACT-SEQ", 4, "seq"));
    assertThat(r.problems().get(0).message()).contains("找不到绩效文本“x.txt”").contains("t.txt");
    assertThat(r.problems().get(1).message()).isEqualTo("文本“t.txt”中没有表 9（共 2 张表）");
    assertThat(r.actuals()).isNull();
    assertThat(r.entries()).isEmpty();
  }

  @Test
  void aRowBeyondTheTablesIndicatorsIsAnError() {
    ActualsProblem p = only(read("t.txt,2,2,2023-12,57人,\n"));

    assertThat(p.code()).isEqualTo("ACT-ROW-UNKNOWN");
    assertThat(p.column()).isEqualTo("row");
    assertThat(p.message()).isEqualTo("表 2（运转经费）只有 1 个指标，没有第 2 个");
  }

  @Test
  void aRowThatIsNeitherSpentNorBudgetNorANumberIsAnError() {
    ActualsProblem p = only(read("t.txt,1,支出,2023-12,5,\n"));

    assertThat(p.code()).isEqualTo("ACT-ROW");
    assertThat(p.message()).contains("spent（累计支出）、budget（调整后预算数）或指标序号");
  }

  @Test
  void aPeriodMustBeYearDashMonth() {
    ActualsReadResult r =
        read("t.txt,1,spent,2023/6,5,\nt.txt,1,spent,2023-13,5,\nt.txt,1,spent,,5,\n");

    assertThat(r.problems()).extracting(ActualsProblem::code).containsOnly("ACT-PERIOD");
    assertThat(r.problems()).extracting(ActualsProblem::line).containsExactly(2, 3, 4);
    assertThat(r.problems().get(2).message()).startsWith("未填写期间");
  }

  @Test
  void aPeriodOutsideTheBudgetYearIsAWarning() {
    ActualsProblem p = only(read("t.txt,1,spent,2024-01,10,\n"));

    assertThat(p.code()).isEqualTo("ACT-PERIOD-YEAR");
    assertThat(p.isError()).isFalse();
  }

  @Test
  void spendingAndBudgetMustBeAmountsInWan() {
    ActualsReadResult r =
        read(
            "t.txt,1,spent,2023-06,50000元,\n"
                + "t.txt,1,spent,2023-07,五万,\n"
                + "t.txt,1,spent,2023-08,-1,\n"
                + "t.txt,1,budget,2023-08,0,\n"
                + "t.txt,1,spent,2023-09,1.1234567,\n");

    assertThat(r.problems()).extracting(ActualsProblem::code).containsOnly("ACT-AMOUNT");
    assertThat(r.problems()).extracting(ActualsProblem::column).containsOnly("value");
    assertThat(r.problems().get(0).message()).contains("请以万元为单位");
    assertThat(r.problems().get(3).message()).isEqualTo("调整后预算数须大于 0");
    assertThat(r.problems()).hasSize(5);
  }

  @Test
  void anActualWhoseUnitContradictsItsTargetIsAnErrorForThatRow() {
    ActualsReadResult r =
        read("t.txt,1,2,2023-12,12个,\nt.txt,1,4,2023-12,95%,\nt.txt,1,1,2023-12,25个,\n");

    assertThat(r.problems())
        .extracting(ActualsProblem::code)
        .containsExactly("ACT-UNIT", "ACT-UNIT");
    assertThat(r.problems().get(0).message()).isEqualTo("实际完成值“12个”的单位“个”与指标值“≥95%”的单位“%”不符");
    assertThat(r.problems().get(1).message()).isEqualTo("实际完成值“95%”的单位“%”与指标值“≤10万元”的单位“万元”不符");
    assertThat(r.problems()).extracting(ActualsProblem::line).containsExactly(2, 3);
    assertThat(r.actuals()).isNull();
  }

  @Test
  void aMeasureWordOtherThanTheTargetsIsAWarning() {
    ActualsProblem p = only(read("t.txt,1,1,2023-12,22项,\n"));

    assertThat(p.code()).isEqualTo("ACT-UNIT-DIFFERS");
    assertThat(p.isError()).isFalse();
  }

  @Test
  void aQuantitativeTargetNeedsANumberNotAGrade() {
    ActualsProblem p = only(read("t.txt,1,2,2023-12,达成,\n"));

    assertThat(p.code()).isEqualTo("ACT-VALUE-KIND");
    assertThat(p.message()).isEqualTo("指标值“≥95%”是定量目标，实际完成值应填写实际达到的数值（如 95%），“达成”不行");
  }

  @Test
  void aQualitativeTargetTakesTheFourGradesOrANumberButNoOtherText() {
    ActualsReadResult ok = read("t.txt,1,5,2023-06,部分达成,\nt.txt,1,5,2023-12,98%,\n");
    ActualsProblem bad = only(read("t.txt,1,5,2023-12,已巩固,\n"));

    assertThat(ok.problems()).isEmpty();
    assertThat(bad.code()).isEqualTo("ACT-VALUE-KIND");
    assertThat(bad.message()).contains("达成、基本达成、部分达成、未达成");
  }

  @Test
  void aDeadlineTakesADateOrAchievedOrNotAchieved() {
    ActualsReadResult ok =
        read("t.txt,1,3,2023-10,未达成,\nt.txt,1,3,2023-11,达成,\nt.txt,1,3,2023-12,2024年1月15日,\n");
    ActualsReadResult bad = read("t.txt,1,3,2023-12,基本达成,\nt.txt,1,3,2023-11,100%,\n");

    assertThat(ok.problems()).isEmpty();
    assertThat(ok.actuals().of("t.txt", 1).orElseThrow().latest(3).orElseThrow().value())
        .isEqualTo(new TargetValue.Deadline(2024, 1, 15, false));
    assertThat(bad.problems()).extracting(ActualsProblem::code).containsOnly("ACT-VALUE-KIND");
    assertThat(bad.problems()).hasSize(2);
  }

  @Test
  void anImpossibleDateOrAnUnreadableValueOrANegativeNumberIsAnError() {
    ActualsReadResult r =
        read(
            "t.txt,1,3,2023-12,2023年11月31日,\n"
                + "t.txt,1,1,2023-12,2024年13月,\n"
                + "t.txt,1,1,2023-11,-3个,\n");

    assertThat(r.problems())
        .extracting(ActualsProblem::code)
        .containsExactly("ACT-DATE", "ACT-VALUE-UNPARSED", "ACT-VALUE-NEGATIVE");
  }

  @Test
  void anActualWithAComparisonSignIsAWarning() {
    ActualsProblem p = only(read("t.txt,1,6,2023-12,≥92%,\n"));

    assertThat(p.code()).isEqualTo("ACT-VALUE-SIGN");
    assertThat(p.message()).contains("按 92 计");
  }

  @Test
  void theSameTableRowAndPeriodTwiceIsAnErrorNamingTheFirstLine() {
    ActualsReadResult r =
        read("t.txt,1,spent,2023-06,2,\nt.txt,1,2,2023-06,90%,\nt.txt,1,spent,2023-06,3,\n");

    ActualsProblem p = only(r);
    assertThat(p.code()).isEqualTo("ACT-DUPLICATE");
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.message()).isEqualTo("与第 2 行重复：表 1 的 spent 在 2023-06 只能填写一次");
    assertThat(r.actuals()).isNull();
  }

  @Test
  void spendingThatGoesDownIsAWarningBecauseItIsCumulative() {
    ActualsReadResult r = read("t.txt,1,spent,2023-06,5,\nt.txt,1,spent,2023-10,3,退回\n");

    ActualsProblem p = only(r);
    assertThat(p.code()).isEqualTo("ACT-SPENT-DECREASE");
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.message()).startsWith("累计支出 3.00 万元少于 2023-06 的 5.00 万元");
    assertThat(r.ok()).isTrue();
  }

  @Test
  void spendingAboveTheAdjustedBudgetIsAWarningAndATableWithoutBudgetHasNoLimit() {
    ActualsReadResult r =
        read("t.txt,1,budget,2023-06,8,\nt.txt,1,spent,2023-12,9,\nt.txt,2,spent,2023-12,900,\n");

    ActualsProblem p = only(r);
    assertThat(p.code()).isEqualTo("ACT-SPENT-OVER");
    assertThat(p.message()).isEqualTo("累计支出 9.00 万元超过全年预算数 8.00 万元");
  }

  @Test
  void aLineWithoutValueIsSkippedAndWithANoteItIsAWarning() {
    ActualsReadResult r = read("t.txt,1,1,2023-12,,\nt.txt,1,2,2023-12,,未统计\n");

    ActualsProblem p = only(r);
    assertThat(p.code()).isEqualTo("ACT-VALUE-EMPTY");
    assertThat(p.line()).isEqualTo(3);
    assertThat(r.actuals().projects()).isEmpty();
  }

  @Test
  void aLineWithTooFewOrTooManyFieldsIsAnError() {
    ActualsReadResult r = read("t.txt,1,spent,2023-06\nt.txt,1,5,2023-12,达成,好,再\n");

    assertThat(r.problems())
        .extracting(ActualsProblem::code, ActualsProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ACT-COLUMNS", "value"),
            org.assertj.core.groups.Tuple.tuple("ACT-COLUMNS", "note"));
    assertThat(r.problems().get(1).message()).contains("含逗号的字段须用英文双引号括起");
  }

  @Test
  void aQuotingErrorNamesItsLineAndColumn() {
    ActualsProblem p = only(read("t.txt,1,5,2023-12,达成,他说\"好\"\n"));

    assertThat(p.code()).isEqualTo("ACT-CSV");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo("note");
    assertThat(p.toString()).startsWith("actuals.csv:2: 错误 列 note：未加引号的字段中出现引号");
  }

  @Test
  void oneBadLineAmongGoodOnesMeansNoActualsAtAll() {
    ActualsReadResult r = read("t.txt,1,spent,2023-06,2.5,\nt.txt,1,2,2023-12,12个,\n");

    assertThat(r.ok()).isFalse();
    assertThat(r.actuals()).isNull();
    assertThat(r.entries()).isEmpty();
    assertThat(r.errors()).hasSize(1);
  }

  @Test
  void twoDocumentsWithTheSameFileNameCannotBeToldApart() {
    ActualsReadResult r =
        ActualsCsv.read("a.csv", HEADER.getBytes(StandardCharsets.UTF_8), List.of(DOC, DOC));

    assertThat(only(r).code()).isEqualTo("ACT-SOURCE-TWICE");
  }

  @Test
  void writtenEntriesReadBackAsTheSameEntries() throws IOException {
    ActualsReadResult first =
        read(
            "t.txt,1,5,2023-12,基本达成,\"原因：一是……，二是“……”\n措施：加强督导\"\n"
                + "t.txt,1,spent,2023-06,2.5,\n"
                + "t.txt,1,budget,2023-06,11, 调整 \n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ActualsCsv.write(first.entries(), out);

    ActualsReadResult again = ActualsCsv.read("again.csv", out.toByteArray(), List.of(DOC));

    assertThat(again.problems()).isEmpty();
    assertThat(again.entries()).containsExactlyInAnyOrderElementsOf(first.entries());
    assertThat(again.actuals()).isEqualTo(first.actuals());
    assertThat(ActualsCsv.text(first.entries()))
        .startsWith("source,seq,row,period,value,note\r\nt.txt,1,spent,2023-06,2.50,\r\n");
  }
}
