package io.jixiao.review;

import static io.jixiao.review.Reviews.chengde;
import static io.jixiao.review.Reviews.shijiazhuang;
import static io.jixiao.review.Reviews.tianjinEcology;
import static io.jixiao.review.Reviews.tianjinPlanning;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Q1–Q10: indicator quality. Most depend on the value grammar (TargetValues.parse). */
class IndicatorRulesTest {

  // Q1 -------------------------------------------------------------------------------------------

  @Test
  void aSentenceAsTargetValueIsNotMeasurable() {
    // 000 table 1 (名城保护), row 5: 充分运用评估、体检成果，推进落实保护责任，…
    List<Finding> f = tianjinPlanning(RuleId.Q1, Tables.tianjin1HistoricCity());

    assertThat(f)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.severity()).isEqualTo(Severity.WARNING);
              assertThat(s.row()).isEqualTo(5);
              assertThat(s.field()).isEqualTo("value");
              assertThat(s.message()).startsWith("指标值“充分运用评估、体检成果").contains("不是可衡量的目标");
            });
  }

  @Test
  void aVagueValueSetsNoTarget() {
    // 000 table 36: 达到相关的社会效益指标 → 达到指定效益
    assertThat(tianjinPlanning(RuleId.Q1, Tables.tianjin36Wildlife()))
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo("指标值“达到指定效益”没有设定具体目标");
  }

  @Test
  void notApplicableRowsShouldGo() {
    // 001 table 15: 生态效益 and 可持续影响 rows “此项目不涉及该指标 … 不涉及”
    List<Finding> f = chengde(RuleId.Q1, Tables.chengde15SpatialPlatform());

    assertThat(f).extracting(Finding::row).containsExactly(7, 8);
    assertThat(f.get(0).message()).isEqualTo("指标值为“不涉及”：该指标不适用于本项目");
  }

  @Test
  void gradedLevelsAreTargets() {
    // 001 table 1: 巩固提升, 可持续; 001 table 31: 及时, 满足, 长期提供
    assertThat(chengde(RuleId.Q1, Tables.chengde1QualityInspection())).isEmpty();
    assertThat(chengde(RuleId.Q1, Tables.chengde31ArchiveRelocation())).isEmpty();
  }

  @Test
  void relativeValuesAreTargets() {
    // 004 table 21: 提高爱国爱党意识 → 较上年有所提升
    assertThat(shijiazhuang(RuleId.Q1, Tables.shijiazhuang21PartyWork())).isEmpty();
  }

  @Test
  void aBlankValueIsWarned() {
    List<Finding> f = chengde(RuleId.Q1, Tables.chengde1QualityInspection().value(5, null));

    assertThat(f)
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo("指标“提升测绘行业成果质量监管水平”没有填写指标值");
  }

  // Q2 -------------------------------------------------------------------------------------------

  @Test
  void descriptionsThatRepeatTheNameAreListedOncePerTable() {
    // 001 table 1: rows 1, 2, 3, 5, 7 only repeat the name; rows 4 and 6 explain
    List<Finding> f = chengde(RuleId.Q2, Tables.chengde1QualityInspection());

    assertThat(f)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.severity()).isEqualTo(Severity.INFO);
              assertThat(s.row()).isNull();
              assertThat(s.message()).isEqualTo("第 1、2、3、5、7 行的绩效指标描述为空或只重复了指标名称");
            });
  }

  @Test
  void reflectingTheNameIsStillRepeatingIt() {
    // 004 table 2 (耕地流出): 方案编制完成情况 / 反映方案编制完成情况
    List<Finding> f = shijiazhuang(RuleId.Q2, Tables.shijiazhuang2FarmlandPlan2021());

    assertThat(f)
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo("全部 6 个指标的绩效指标描述为空或只重复了指标名称");
  }

  @Test
  void explainedDescriptionsPass() {
    // 003 table 2: 开展监测调查的点位数量 explained as 大气调查点位, 水质监测点位…; but its
    // 评估报告 row is explained too; only the rows repeating their name are listed
    assertThat(tianjinEcology(RuleId.Q2, Tables.ecology2Barrier()))
        .allSatisfy(s -> assertThat(s.message()).doesNotContain("第 1、"));
  }

  // Q3 -------------------------------------------------------------------------------------------

  @Test
  void budgetCompletionAsATimelinessIndicatorIsTheWrongKind() {
    // 004 table 3: 数量指标 地籍管理完成率 ≥90% (no base); 时效指标 按预算资金完成率 ≥90%; 成本指标
    // 工作任务完成及时率 ≥90%
    List<Finding> f = shijiazhuang(RuleId.Q3, Tables.shijiazhuang3LandEvaluationFirst());

    assertThat(f).extracting(Finding::row).containsExactly(1, 3, 4);
    assertThat(f.get(1).message()).isEqualTo("时效指标“按预算资金完成率”的指标值“≥90%”不是完成时限、期限或及时率");
    assertThat(f.get(2).message()).isEqualTo("成本指标“工作任务完成及时率”的指标值“≥90%”不是金额");
  }

  @Test
  void aCompletionRateAsCostIsNotMoney() {
    // 004 table 2: 成本指标 按预算资金完成率 ≥95%
    assertThat(shijiazhuang(RuleId.Q3, Tables.shijiazhuang2FarmlandPlan2021()))
        .filteredOn(s -> s.row() == 4)
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo("成本指标“按预算资金完成率”的指标值“≥95%”不是金额");
  }

  @Test
  void aQuantityGivenAsABarePercentageIsWarned() {
    // 004 table 2: 数量指标 方案编制完成情况 ≥95%
    assertThat(shijiazhuang(RuleId.Q3, Tables.shijiazhuang2FarmlandPlan2021()))
        .filteredOn(s -> s.row() == 1)
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo("数量指标“方案编制完成情况”的指标值“≥95%”是没有基数的百分比");
  }

  @Test
  void aRateByNameInTheQuantityColumnStillNeedsItsBase() {
    // 004 table 1: 工作量完成率 ≥95% (数量: a 率 in the name says nothing of the base); 完工及时率
    // ≥90% (时效, a timeliness rate) passes
    assertThat(shijiazhuang(RuleId.Q3, Tables.shijiazhuang1Hoarding()))
        .singleElement()
        .extracting(Finding::row)
        .isEqualTo(1);
  }

  @Test
  void aQuantityPercentageWithItsBaseInTheDescriptionPasses() {
    // 004 table 1 row 1 with the base written into its description (constructed)
    Tables.Builder t = Tables.shijiazhuang1Hoarding();
    t.without(1);
    t.row("产出指标", "数量指标", "工作量完成率", "完成围挡 12 处中的比例", "≥95%", "按照部门计划");
    assertThat(shijiazhuang(RuleId.Q3, t)).isEmpty();
  }

  @Test
  void aTimelinessIndicatorAsAHundredPercentIsWarned() {
    // 001 table 4: 时效指标 调查工作完成时限 100% (the name asks for a deadline)
    assertThat(chengde(RuleId.Q3, Tables.chengde4ChangeSurveySupervision()))
        .singleElement()
        .extracting(Finding::row)
        .isEqualTo(3);
  }

  @Test
  void aTimelinessWordIsNoDeadline() {
    // 001 table 3: 时效指标 监理工作完成及时性 → 及时完成 (no deadline, period or rate); cost ≤10万元
    assertThat(chengde(RuleId.Q3, Tables.chengde3ChangeSurveySummary()))
        .singleElement()
        .extracting(Finding::row)
        .isEqualTo(3);
  }

  @Test
  void deadlinesFitTimeliness() {
    // 001 table 1: 监督检查工作完成时限 12 月底前 (its cost row, a rate, is another matter)
    assertThat(chengde(RuleId.Q3, Tables.chengde1QualityInspection()))
        .extracting(Finding::row)
        .containsExactly(4);
  }

  @Test
  void aDateInTheQualityColumnIsNotQ3s() {
    // 003 table 46: 质量指标 研究成果符合上级部门要求 → 2023年全年开展; the catalog's Q3 says nothing
    // of 质量, so no finding without a rule (issue 14, point 12)
    assertThat(tianjinEcology(RuleId.Q3, Tables.ecology46AirQuality())).isEmpty();
  }

  // Q4 -------------------------------------------------------------------------------------------

  @Test
  void budgetCompletionRateAsTimelinessIsABudgetExecutionMeasure() {
    // 004 table 3: 时效指标 按预算资金完成率
    List<Finding> f = shijiazhuang(RuleId.Q4, Tables.shijiazhuang3LandEvaluationFirst());

    assertThat(f)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.row()).isEqualTo(3);
              assertThat(s.field()).isEqualTo("l3");
              assertThat(s.message()).startsWith("“按预算资金完成率”衡量的是预算执行和资金管理").endsWith("不应作为时效指标");
              assertThat(s.suggestion()).startsWith("时效指标改写为完成时限");
              assertThat(s.source()).contains("预算执行率单独计10分");
            });
  }

  @Test
  void budgetCompletionRateAsCostIsABudgetExecutionMeasure() {
    // 004 table 2: 成本指标 按预算资金完成率
    assertThat(shijiazhuang(RuleId.Q4, Tables.shijiazhuang2FarmlandPlan2021()))
        .singleElement()
        .extracting(Finding::suggestion)
        .asString()
        .startsWith("成本指标改写为金额上限");
  }

  @Test
  void aPrefixedExecutionRateIsFound() {
    // 004 table 21: 时效指标 按预算执行率
    assertThat(shijiazhuang(RuleId.Q4, Tables.shijiazhuang21PartyWork())).hasSize(1);
  }

  @Test
  void aCostControlRateIsABudgetExecutionMeasure() {
    // 001 table 1: 成本指标 采购总成本控制率 ≤100% (actual spending against the budget)
    assertThat(chengde(RuleId.Q4, Tables.chengde1QualityInspection()))
        .singleElement()
        .extracting(Finding::row)
        .isEqualTo(4);
  }

  @Test
  void aCostAmountNamedAfterTheBudgetIsACostTarget() {
    // 004 table 1: 项目预算控制数 ≤5.75 万元 is an amount, not a rate
    assertThat(shijiazhuang(RuleId.Q4, Tables.shijiazhuang1Hoarding())).isEmpty();
  }

  // Q5 -------------------------------------------------------------------------------------------

  @Test
  void aGradedLevelWithAPercentageIsWarned() {
    // 001 table 4: 100%巩固提升, 100%可持续
    List<Finding> f = chengde(RuleId.Q5, Tables.chengde4ChangeSurveySupervision());

    assertThat(f).extracting(Finding::row).containsExactly(5, 6);
    assertThat(f.get(0).message()).isEqualTo("定性指标值“100%巩固提升”带有数值或单位");
    assertThat(f.get(0).suggestion()).startsWith("定性目标只写等级，如“巩固提升”");
  }

  @Test
  void aGradedLevelWithABareNumberIsWarned() {
    // 001 table 8: 100 良好, 100 可持续
    assertThat(chengde(RuleId.Q5, Tables.chengde8Enforcement()))
        .extracting(Finding::row)
        .containsExactly(5, 6);
  }

  @Test
  void anAreaGivenAsAPercentageIsWarned() {
    // 004 table 13: 数量指标 动态监测覆盖面积 ≥85%
    assertThat(shijiazhuang(RuleId.Q5, Tables.shijiazhuang13Forestry()))
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo("指标名称“动态监测覆盖面积”计的是“面积”，指标值“≥85%”却是百分比");
  }

  @Test
  void countsWithCountUnitsAndRatesWithPercentPass() {
    // 001 table 1: ≥1 次, ≥90% 完成率; 004 table 1: 工作量完成率 ≥95%
    assertThat(chengde(RuleId.Q5, Tables.chengde1QualityInspection())).isEmpty();
    assertThat(shijiazhuang(RuleId.Q5, Tables.shijiazhuang1Hoarding())).isEmpty();
  }

  // Q6 -------------------------------------------------------------------------------------------

  @Test
  void atLeastAHundredPercentIsWarned() {
    // 001 table 11: 经费支出准确率 ≥100%, 按时间进度要求支付使用资金 ≥100%
    List<Finding> f = chengde(RuleId.Q6, Tables.chengde11LandCentre());

    assertThat(f).extracting(Finding::row).containsExactly(2, 3);
    assertThat(f.get(0).message()).isEqualTo("比率目标“≥100%”只有恰好 100% 才能达到");
  }

  @Test
  void satisfactionWrittenAsAnUpperBoundIsWarned() {
    // 001 table 25: 用户满意度 ≤95%
    assertThat(chengde(RuleId.Q6, Tables.chengde25RegistrationData()))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.row()).isEqualTo(7);
              assertThat(s.message()).isEqualTo("满意度目标“≤95%”用了“≤”：满意度越高越好，目标应是下限");
            });
  }

  @Test
  void aCostWrittenAsALowerBoundIsNotQ6s() {
    // 001 table 19: 按总成本控制 ≥145 万元; Q6 in the catalog is about rates and satisfaction only
    // (issue 14, point 12)
    assertThat(chengde(RuleId.Q6, Tables.chengde19GeologyMuseum())).isEmpty();
  }

  @Test
  void aHundredPercentAndAnUpperBoundOnCostControlPass() {
    // 001 table 1: 采购总成本控制率 ≤100%, 服务对象满意度 ≥90%
    assertThat(chengde(RuleId.Q6, Tables.chengde1QualityInspection())).isEmpty();
  }

  // Q7 -------------------------------------------------------------------------------------------

  @Test
  void satisfactionWithoutPercentIsWarned() {
    // 001 table 19: 游客满意度 ≥95, 参观展览群众满意度 ≥95
    List<Finding> f = chengde(RuleId.Q7, Tables.chengde19GeologyMuseum());

    assertThat(f).extracting(Finding::row).containsExactly(7, 8);
    assertThat(f.get(0).message()).isEqualTo("满意度目标“≥95”没有写“%”");
    assertThat(f.get(0).suggestion()).isEqualTo("写成百分比，如“≥95%”");
  }

  @Test
  void satisfactionBelowTheThresholdIsWarned() {
    // 001 table 1 with its 服务对象满意度 printed as ≥75%
    assertThat(chengde(RuleId.Q7, Tables.chengde1QualityInspection().value(7, "≥75%")))
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo("满意度目标“≥75%”低于 80%");
  }

  @Test
  void satisfactionAtTheThresholdPasses() {
    // 001 table 1 with ≥80%; as printed, ≥90%
    assertThat(chengde(RuleId.Q7, Tables.chengde1QualityInspection().value(7, "≥80%"))).isEmpty();
    assertThat(chengde(RuleId.Q7, Tables.chengde1QualityInspection())).isEmpty();
  }

  // Q8 -------------------------------------------------------------------------------------------

  @Test
  void theThirtyFirstOfNovemberIsAnError() {
    // 000 table 95: 报告外审 2024年11月31日前完成
    List<Finding> f = tianjinPlanning(RuleId.Q8, Tables.tianjin95Carbonate());

    assertThat(f)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.severity()).isEqualTo(Severity.ERROR);
              assertThat(s.row()).isEqualTo(11);
              assertThat(s.message()).isEqualTo("日期“2024年11月31日前完成”不存在：11月只有 30 天");
              assertThat(s.suggestion()).isEqualTo("改为实际存在的日期，如“2024年11月30日”");
            });
  }

  @Test
  void aDeadlineTwoYearsAfterTheBudgetYearIsWarned() {
    // 003 table 55: 项目完成时限 2025年底, budget year 2023
    assertThat(tianjinEcology(RuleId.Q8, Tables.ecology55PmCapacity()))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.severity()).isEqualTo(Severity.WARNING);
              assertThat(s.message()).isEqualTo("完成时限“2025年底”晚于预算年度 2023 年1 年以上");
            });
  }

  @Test
  void realDatesWithinTheYearPass() {
    // 000 table 95's other deadlines (2024年3月31日, 7月31日, 12月31日), budget year 2024
    assertThat(tianjinPlanning(RuleId.Q8, Tables.tianjin95Carbonate().value(11, "2024年11月30日前完成")))
        .isEmpty();
  }

  @Test
  void aDeadlineEarlyInTheNextYearPasses() {
    // 001 table 35 (a 2022 project in the 2023 budget): 2023 年 3 月 31 日前完成 — here on 001 table 1
    assertThat(
            chengde(RuleId.Q8, Tables.chengde1QualityInspection().value(3, "2024 年 3 月 31 日前完成")))
        .isEmpty();
  }

  // Q9 -------------------------------------------------------------------------------------------

  @Test
  void aValueRepeatingTheNameWithTheLevelInTheBasisColumnIsAShift() {
    // 001 table 5, row 6: 通过监督检查提升矿山地质环境治理水平 ×3, 巩固提升 as 指标值确定依据
    List<Finding> f = chengde(RuleId.Q9, Tables.chengde5MineInspection());

    assertThat(f).extracting(Finding::row).containsExactly(6, 7, 8);
    assertThat(f.get(0).message())
        .isEqualTo("指标值“通过监督检查提升矿山地质环境治理水平”与三级指标名称相同，而指标值确定依据为“巩固提升”，疑似列错位");
    assertThat(f.get(1).message()).contains("与绩效指标描述相同");
  }

  @Test
  void aCategoryLabelAsTheIndicatorNameIsWarned() {
    // 004 table 34: 服务对象满意度指标 / 服务对象满意度指标 / ≥95% (its row 3, 完成时效 / 按时完成雕塑 /
    // 按时完成雕塑, is a value repeating the description)
    assertThat(shijiazhuang(RuleId.Q9, Tables.shijiazhuang34Landscape()))
        .filteredOn(s -> "l3".equals(s.field()))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.field()).isEqualTo("l3");
              assertThat(s.message()).isEqualTo("三级指标“服务对象满意度指标”是指标类别的名称，没有说明具体考核什么");
            });
  }

  @Test
  void aNameEndingInIndicatorThatIsNoCategoryPasses() {
    // 001 table 1: name and description equal but the value differs; 000 table 36: 达到相关的社会效益指标
    assertThat(chengde(RuleId.Q9, Tables.chengde1QualityInspection())).isEmpty();
    assertThat(tianjinPlanning(RuleId.Q9, Tables.tianjin36Wildlife())).isEmpty();
  }

  // Q10 ------------------------------------------------------------------------------------------

  @Test
  void templateGoalTextIsWarned() {
    // 001 table 6: 目标内容 1
    assertThat(chengde(RuleId.Q10, Tables.chengde6LandUseEvaluation()))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.field()).isEqualTo("goals");
              assertThat(s.message()).isEqualTo("绩效目标中残留模板文字“目标内容1”：“目标内容 1”");
            });
  }

  @Test
  void aPlaceholderInADescriptionIsWarned() {
    // 001 table 29: 故障发生 XX 时间内进行处理
    assertThat(chengde(RuleId.Q10, Tables.chengde29NetworkLines()))
        .filteredOn(s -> "description".equals(s.field()))
        .singleElement()
        .extracting(Finding::row)
        .isEqualTo(3);
  }

  @Test
  void aGoalLabelledTargetContentIsNoTemplate() {
    // 001 table 5: 目标内容：完成矿山抽查核实任务 — a label with real content, no number
    assertThat(chengde(RuleId.Q10, Tables.chengde5MineInspection())).isEmpty();
  }

  @Test
  void aTableOfRedactedCellsIsWarnedOnce() {
    // 001 table 1 with every indicator cell printed as 密 (no seed does this)
    Tables.Builder t = Tables.table(1, "某涉密项目绩效目标表").goals("保障涉密业务运行");
    for (int i = 0; i < 4; i++) {
      t.row("产出指标", "数量指标", "密", "密", "密", "密");
    }

    assertThat(chengde(RuleId.Q10, t))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.row()).isNull();
              assertThat(s.message()).startsWith("表中 12 个单元格只写了“密”");
            });
  }
}
