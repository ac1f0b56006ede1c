package io.jixiao.review;

import static io.jixiao.review.Reviews.chengde;
import static io.jixiao.review.Reviews.tianjinEcology;
import static io.jixiao.review.Reviews.tianjinPlanning;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** S1–S6: structure and completeness, on rows copied from the seeds. */
class StructureRulesTest {

  // S1 -------------------------------------------------------------------------------------------

  @Test
  void aTableWithoutEffectIndicatorsIsAnError() {
    // 001 table 1 with its two 效益指标 rows dropped (no seed table lacks them)
    List<Finding> f = chengde(RuleId.S1, Tables.chengde1QualityInspection().withoutLevel1("效益指标"));

    assertThat(f)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.severity()).isEqualTo(Severity.ERROR);
              assertThat(s.row()).isNull();
              assertThat(s.field()).isEqualTo("l1");
              assertThat(s.message()).contains("没有效益指标");
              assertThat(s.source()).contains("[S]");
            });
  }

  @Test
  void aTableWithOutputAndEffectButNoSatisfactionPassesS1() {
    // 000 table 36 (濒危野生动物): 产出 and 效益, no 满意度
    assertThat(tianjinPlanning(RuleId.S1, Tables.tianjin36Wildlife())).isEmpty();
  }

  @Test
  void aTableWithoutAnyIndicatorSaysSo() {
    Tables.Builder empty = Tables.chengde1QualityInspection().without(1, 2, 3, 4, 5, 6, 7);

    assertThat(chengde(RuleId.S1, empty))
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo("表中没有任何绩效指标");
  }

  // S2 -------------------------------------------------------------------------------------------

  @Test
  void aMuseumCountingVisitorsWithoutASatisfactionIndicatorIsWarned() {
    // 001 table 19 (地质博物馆) counts 参观人数 and serves 游客; its two 满意度 rows dropped
    List<Finding> f = chengde(RuleId.S2, Tables.chengde19GeologyMuseum().withoutLevel1("满意度指标"));

    assertThat(f)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.severity()).isEqualTo(Severity.WARNING);
              assertThat(s.message()).contains("参观").contains("没有满意度指标");
            });
  }

  @Test
  void aSurveyForThePublicWithoutSatisfactionIsWarned() {
    // 000 table 36 (濒危野生动物物种调查): no 满意度; a wildlife survey serves the public
    assertThat(tianjinPlanning(RuleId.S2, Tables.tianjin36Wildlife()))
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo("项目的成果服务于单位以外的对象，但表中没有满意度指标");
  }

  @Test
  void aProjectThatKeepsTheUnitRunningNeedsNoSatisfaction() {
    // 001 table 11 (土地开发整理服务中心工作经费, 工资及运转经费支出) without its 满意度 row (constructed)
    assertThat(chengde(RuleId.S2, Tables.chengde11LandCentre().withoutLevel1("满意度指标")))
        .isEmpty();
  }

  @Test
  void theMuseumWithItsSatisfactionRowsPassesS2() {
    assertThat(chengde(RuleId.S2, Tables.chengde19GeologyMuseum())).isEmpty();
  }

  // S3 -------------------------------------------------------------------------------------------

  @Test
  void aCostIndicatorUnderEffectIndicatorsIsAnError() {
    // 001 table 1, its 成本指标 row (4) filed under 效益指标 (no seed table does this)
    List<Finding> f =
        chengde(RuleId.S3, Tables.chengde1QualityInspection().categories(4, "效益指标", "成本指标"));

    assertThat(f)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.severity()).isEqualTo(Severity.ERROR);
              assertThat(s.row()).isEqualTo(4);
              assertThat(s.field()).isEqualTo("l2");
              assertThat(s.message())
                  .isEqualTo("二级指标“成本指标”不属于一级指标“效益指标”（按财预〔2015〕88号指标体系，成本指标属产出指标）");
              assertThat(s.suggestion()).startsWith("将该指标移到“产出指标”下");
            });
  }

  @Test
  void aLevel2WrappedOverTwoLinesStillBelongsToItsLevel1() {
    // 001 table 12 prints 社会效益指 标 over two lines; Labels drop the space
    Tables.Builder t = Tables.chengde1QualityInspection().categories(5, "效益指标", "社会效益指 标");

    assertThat(chengde(RuleId.S3, t)).isEmpty();
  }

  @Test
  void theTaxonomyOf2021AllowsCostAsLevel1() {
    // 001 table 1 with its cost row moved to the 2021 taxonomy: 成本指标 / 经济成本指标
    Tables.Builder t = Tables.chengde1QualityInspection().categories(4, "成本指标", "经济成本指标");

    assertThat(chengde(RuleId.S3, t)).isEmpty();
  }

  @Test
  void anUnknownLevel1IsNamed() {
    Tables.Builder t = Tables.chengde1QualityInspection().categories(7, "群众指标", "服务对象满意度指标");

    assertThat(chengde(RuleId.S3, t))
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo("一级指标“群众指标”不是规定的一级指标");
  }

  // S4 -------------------------------------------------------------------------------------------

  @Test
  void outputWithoutCostIsWarned() {
    // 001 table 1 without its 成本指标 row
    List<Finding> f = chengde(RuleId.S4, Tables.chengde1QualityInspection().without(4));

    assertThat(f)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.severity()).isEqualTo(Severity.WARNING);
              assertThat(s.message()).isEqualTo("产出指标不完整，缺少成本指标");
            });
  }

  @Test
  void outputWithQuantityQualityTimeAndCostIsComplete() {
    assertThat(chengde(RuleId.S4, Tables.chengde1QualityInspection())).isEmpty();
  }

  @Test
  void outputWithOnlyTimelinessBesidesQuantityIsEnough() {
    // 001 table 1 without its 质量指标 row: 时效 still covers "质量 or 时效"
    assertThat(chengde(RuleId.S4, Tables.chengde1QualityInspection().without(2))).isEmpty();
  }

  // S5 -------------------------------------------------------------------------------------------

  @Test
  void aGoalThatIsOnlyTemplateTextIsAMissingGoal() {
    // 001 table 6: 绩效目标 “目标内容 1”
    List<Finding> f = chengde(RuleId.S5, Tables.chengde6LandUseEvaluation());

    assertThat(f)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.severity()).isEqualTo(Severity.ERROR);
              assertThat(s.field()).isEqualTo("goals");
              assertThat(s.message()).isEqualTo("绩效目标只有模板文字“目标内容 1”，没有填写");
            });
  }

  @Test
  void aGoalThatRepeatsTheProjectNameIsWarned() {
    // 001 table 3: goal 完成国土变更调查市级汇总, project 2023年承德市2022年度国土变更调查市级汇总
    List<Finding> f = chengde(RuleId.S5, Tables.chengde3ChangeSurveySummary());

    assertThat(f)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.severity()).isEqualTo(Severity.WARNING);
              assertThat(s.message()).contains("“完成国土变更调查市级汇总”只重复了项目名称");
            });
  }

  @Test
  void aGoalSayingWhatTheWorkAchievesPasses() {
    // 001 table 1: 开展测绘成果质量监督检查工作，落实…
    assertThat(chengde(RuleId.S5, Tables.chengde1QualityInspection())).isEmpty();
  }

  @Test
  void aMissingBudgetIsAnErrorWhenOtherTablesPrintOne() {
    // 001 tables 1 and 3, the budget of table 3 removed
    List<Finding> f =
        Reviews.findings(
            RuleId.S5,
            Tables.chengde(
                Tables.chengde1QualityInspection().build(),
                Tables.chengde1QualityInspection().noBudget().build()));

    assertThat(f)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.severity()).isEqualTo(Severity.ERROR);
              assertThat(s.field()).isEqualTo("budget.total");
              assertThat(s.message()).isEqualTo("缺少预算数");
            });
  }

  @Test
  void aLayoutWithoutBudgetsIsReportedOnceForTheDocument() {
    // 004 prints no header block in any table: one document-level warning, none per table
    var review =
        Reviews.ENGINE.review(
            Tables.shijiazhuang(
                Reviews.build(
                    Tables.shijiazhuang1Hoarding(), Tables.shijiazhuang2FarmlandPlan2021())));

    assertThat(review.findings())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.rule()).isEqualTo(RuleId.S5);
              assertThat(s.severity()).isEqualTo(Severity.ERROR);
              assertThat(s.location().table()).isNull();
              assertThat(s.message()).startsWith("本文件的 2 张绩效目标表都没有列出预算数和预算单位");
            });
    assertThat(review.tables().get(1).findings())
        .noneMatch(x -> x.rule() == RuleId.S5 && x.field().startsWith("budget"));
  }

  @Test
  void theShijiazhuangGoalThatOnlyNamesTheFundIsTrivial() {
    // 004 table 1: goal 15 号地美化亮化资金, title 15号地围挡美化亮化资金绩效目标表
    TableReview t = Reviews.table(Tables.shijiazhuang(Tables.shijiazhuang1Hoarding().build()), 0);

    assertThat(t.findings())
        .filteredOn(f -> f.rule() == RuleId.S5)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.severity()).isEqualTo(Severity.WARNING);
              assertThat(s.message()).contains("只重复了项目名称");
            });
  }

  // S6 -------------------------------------------------------------------------------------------

  @Test
  void theSameNameTwiceUnderOneLevel2IsWarned() {
    // 000 table 18: 地质测量 three times under 数量指标, descriptions only repeat the name
    List<Finding> f = tianjinPlanning(RuleId.S6, Tables.tianjin18Geothermal());

    assertThat(f).extracting(Finding::row).containsExactly(2, 3);
    assertThat(f.get(0).message()).startsWith("三级指标“地质测量”与第 1 行重复");
  }

  @Test
  void theSameNameWithDifferentDescriptionsIsNotADuplicate() {
    // 003 table 2: 开展监测调查的点位数量 four times: 大气调查点位, 水质监测点位, 植被调查样方, 鸟类调查样线
    assertThat(tianjinEcology(RuleId.S6, Tables.ecology2Barrier())).isEmpty();
  }
}
