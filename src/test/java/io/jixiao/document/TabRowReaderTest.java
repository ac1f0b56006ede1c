package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jixiao.Seeds;
import io.jixiao.model.Budget;
import io.jixiao.model.BudgetUnit;
import io.jixiao.model.Indicator;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.ProjectCode;
import io.jixiao.model.SpendingPlan;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.UnitCode;
import io.jixiao.model.UnparsedCell;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Layout B read from the two real seeds, field by field for the tables checked by eye against the
 * source text, and from small bad inputs.
 */
class TabRowReaderTest {

  private static final String CHENGDE_UNIT = "承德市自然资源和规划局本级";
  private static final String SJZ_BASIS_60 =
      "石家庄高新技术产业开发区保障性安居工程领导小组办公室关于印发高新区保障性住房管理考评办法（试行）的通知》（石高保办【2019】2号）";

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Chengde {

    private ImportResult result;
    private TargetDocument doc;

    @BeforeAll
    void read() {
      result = new DocumentReader().read(Seeds.path(Seeds.CHENGDE));
      doc = result.document();
    }

    @Test
    void readsAllThirtySixTablesInOrderWithoutErrors() {
      assertThat(result.errors()).isEmpty();
      assertThat(doc.projects())
          .extracting(Project::seq)
          .containsExactlyElementsOf(IntStream.rangeClosed(1, 36).boxed().toList());
      assertThat(doc.projects()).allSatisfy(p -> assertThat(p.title()).endsWith("绩效目标表"));
    }

    @Test
    void readsTwoHundredSeventySevenIndicators() {
      // counted independently: the tab rows under the 37 header rows (one repeated), less the
      // one continuation row of table 36
      assertThat(doc.indicatorCount()).isEqualTo(277);
    }

    @Test
    void reportsOnlyTheEchoedContinuationOfTable36() {
      assertThat(result.problems())
          .extracting(
              ImportProblem::code, ImportProblem::line, ImportProblem::table, ImportProblem::field)
          .containsExactly(tuple("IMP-CONTINUATION-ECHO", 930, 36, "二级指标"));
    }

    @Test
    void readsTheFirstTableFieldByField() {
      Project p = doc.projects().get(0);
      assertThat(p.seq()).isEqualTo(1);
      assertThat(p.title()).isEqualTo("2023 年测绘地理信息资质单位质量监督检查绩效目标表");
      assertThat(p.unit()).isEqualTo(new BudgetUnit(new UnitCode("543001"), CHENGDE_UNIT));
      assertThat(p.code()).isEqualTo(new ProjectCode("13080023P000085100062"));
      assertThat(p.name()).isEqualTo("2023 年测绘地理信息资质单位质量监督检查");
      assertThat(p.budget()).isEqualTo(new Budget(Money.of("15.00"), Money.of("15.00"), null));
      assertThat(p.fundUse()).isEqualTo("用于购买第三方服务支出。");
      assertThat(p.spendingPlan()).isEqualTo(plan(null, null, 30, 100));
      assertThat(p.goals()).containsExactly("开展测绘成果质量监督检查工作，落实加强测绘单位在本行政区域内测制的测绘成果质量的监督管理的政策要求。");
      assertRows(p)
          .containsExactly(
              tuple("产出指标", "数量指标", "开展质量监督检查次数", "开展质量监督检查次数", "≥1 次", "年度工作计划"),
              tuple("产出指标", "质量指标", "成果质量监督检查工作方案、工作总结完成率", "成果质量监督检查工作方案、工作总结完成率", "≥90%", "行业规范"),
              tuple("产出指标", "时效指标", "监督检查工作完成时限", "监督检查工作完成时限", "12 月底前", "年度工作计划"),
              tuple("产出指标", "成本指标", "采购总成本控制率", "质量监督检查支出成本控制情况", "≤100%", "财政预算批复文件"),
              tuple("效益指标", "社会效益指标", "提升测绘行业成果质量监管水平", "提升测绘行业成果质量监管水平", "巩固提升", "年度工作计划"),
              tuple(
                  "效益指标", "可持续影响指标", "提高成果应用效果", "提高成果应用，为社会经济发展和环境治理提供可持续数据保障。", "可持续", "年度工作计划"),
              tuple("满意度指标", "服务对象满意度指标", "服务对象满意度", "服务对象满意度", "≥90%", "行业规范"));
    }

    @Test
    void readsTheSecondTableWhosePlanHasAGapBetweenJuneAndOctober() {
      Project p = doc.projects().get(1);
      assertThat(p.title()).isEqualTo("2023年承德基础地理信息数据采集更新及承德地理信息公共服务平台运维绩效目标表");
      assertThat(p.code()).isEqualTo(new ProjectCode("13080023P00007010008M"));
      assertThat(p.name()).isEqualTo("2023年承德基础地理信息数据采集更新及承德地理信息公共服务平台运维");
      assertThat(p.budget()).isEqualTo(new Budget(Money.of("95.00"), Money.of("95.00"), null));
      assertThat(p.fundUse()).isEqualTo("购买服务支出");
      // header 3月底|·|6月底|·|10月底|12月底, values ·|·|·|·|30%|100%: under 10月底 and 12月底
      assertThat(p.spendingPlan()).isEqualTo(plan(null, null, 30, 100));
      assertThat(p.goals()).containsExactly("2023年度承德基础地理信息数据采集更新及承德地理信息公共服务平台运维");
      assertRows(p)
          .containsExactly(
              tuple("产出指标", "数量指标", "采集更新工作完成数", "承德基础地理信息数据采集更新面积数（平方公里）", "≥40平方公里", "年度工作计划"),
              tuple("产出指标", "数量指标", "购买平台运维服务数", "承德地理信息公共服务平台运维服务个数", "1个", "年度工作计划"),
              tuple("产出指标", "质量指标", "服务平台系统故障处理率", "服务平台系统故障处理率", "≥95%", "行业规范"),
              tuple("产出指标", "时效指标", "各项任务完成时限", "各项任务完成时限", "2023年12月31日前完成", "年度工作计划"),
              tuple("产出指标", "成本指标", "采购总成本控制率", "实际支出与批复预算的比率", "≤100%", "财政预算批复文件"),
              tuple(
                  "效益指标",
                  "社会效益指标",
                  "提升承德基础地理信息数据现势性，更好地服务社会发展",
                  "提升承德基础地理信息数据现势性，更好地服务社会发展",
                  "巩固提升",
                  "年度工作计划"),
              tuple("效益指标", "可持续影响指标", "提供长期稳定服务", "保持地理信息公共服务平台正常运行，提供长期稳定服务", "可持续", "年度工作计划"),
              tuple("满意度指标", "服务对象满意度指标", "服务对象满意度", "服务对象满意度", "≥90%", "行业规范"));
    }

    @Test
    void importsTheShiftedRowOfTable5AsPrinted() {
      Project p = doc.projects().get(4);
      assertThat(p.title()).isEqualTo("2023年承德市矿山地质环境治理监督检查工作经费项目绩效目标表");
      assertThat(p.code()).isEqualTo(new ProjectCode("13080023P00006310007U"));
      assertThat(p.budget()).isEqualTo(new Budget(Money.of("10.00"), Money.of("10.00"), null));
      assertThat(p.fundUse()).isEqualTo("购买第三方服务。");
      assertThat(p.spendingPlan()).isEqualTo(plan(null, null, null, 100));
      assertThat(p.goals()).containsExactly("目标内容：完成矿山抽查核实任务");
      assertRows(p)
          .containsExactly(
              tuple("产出指标", "数量指标", "抽查生产矿山个数", "完成抽查生产矿山个数", "≥20个", "年度工作计划"),
              tuple("产出指标", "质量指标", "抽查覆盖率", "抽查矿山个数占生产矿山总数的比例", "≥5%", "行业规范"),
              tuple("产出指标", "质量指标", "经费支出准确率", "工作经费支出符合财务管理制度的要求", "100%", "行业规范"),
              tuple("产出指标", "时效指标", "完成抽查时限", "完成抽查时限", "2023年12月31日前", "年度工作计划"),
              tuple("产出指标", "成本指标", "各项经费成本", "各项经费成本", "≤10万元", "财政预算批复文件"),
              tuple(
                  "效益指标",
                  "社会效益指标",
                  "通过监督检查提升矿山地质环境治理水平",
                  "通过监督检查提升矿山地质环境治理水平",
                  "通过监督检查提升矿山地质环境治理水平",
                  "巩固提升"),
              tuple("效益指标", "生态效益指标", "改善区域生态环境", "矿山区域环境得到改善", "矿山区域环境得到改善", "环境要求"),
              tuple("效益指标", "可持续影响指标", "区域生态环境持续好转", "矿山区域环境持续改善", "矿山区域环境持续改善", "环境要求"),
              tuple("满意度指标", "服务对象满意度指标", "监督检查对象满意度", "监督检查对象满意度", "≥95%", "行业规范"));
    }

    @Test
    void readsTable11WithBoldLabelsAndAThreeCheckpointPlan() {
      Project p = doc.projects().get(10);
      assertThat(p.title()).isEqualTo("2023 年土地开发整理服务中心工作经费项目绩效目标表");
      assertThat(p.code()).isEqualTo(new ProjectCode("13080023P00006010007T"));
      assertThat(p.name()).isEqualTo("2023 年土地开发整理服务中心工作经费项目");
      assertThat(p.budget()).isEqualTo(new Budget(Money.of("101.88"), Money.of("101.88"), null));
      assertThat(p.fundUse()).isEqualTo("工资及运转经费支出。");
      assertThat(p.spendingPlan()).isEqualTo(plan(25, 50, 90, null));
      assertThat(p.goals()).containsExactly("年度人员经费及时足额发放，保障财政供养人员正常工作和生活需要。");
      assertRows(p)
          .containsExactly(
              tuple("产出指标", "数量指标", "工作日保障单位运转", "工作日保障单位运转", "≥8 小时", "行政事业单位法定工作时间"),
              tuple("产出指标", "质量指标", "经费支出准确率", "经费支出符合财务管理制度要求", "≥100%", "行业规范"),
              tuple("产出指标", "时效指标", "按时间进度要求支付使用资金", "按时间进度要求支付使用资金", "≥100%", "支出进度要求"),
              tuple("产出指标", "成本指标", "各项经费成本", "各项经费成本", "≤101.88 万元", "财政预算批复文件"),
              tuple("效益指标", "社会效益指标", "正常办公条件保障情况", "正常办公条件保障情况", "良好", "年度工作计划"),
              tuple("效益指标", "可持续影响指标", "符合可持续发展要求", "符合可持续发展要求", "可持续", "行业规范"),
              tuple("满意度指标", "服务对象满意度指标", "机关工作人员满意度", "机关工作人员满意度", "≥98%", "行业规范"));
    }

    @Test
    void dropsWrappingSpacesInTheIndicatorCellsOfTable12() {
      Project p = doc.projects().get(11);
      assertThat(p.spendingPlan()).isEqualTo(plan(null, 50, 100, 100));
      assertRows(p)
          .contains(
              tuple("产出指标", "质量指标", "成果报告验收合格率", "2023 年汛前地质灾害核查排查报告审核通过情况", "≥95 百分比", "行业规范"),
              tuple(
                  "效益指标",
                  "社会效益指标",
                  "提升防汛工作能力水平，减少地质灾害造成的经济损失",
                  "提升防汛工作能力水平，减少地质灾害造成的经济损失",
                  "巩固提升",
                  "年度工作计划"));
    }

    @Test
    void splitsTheThreeGoalsOfTable19PrintedOnOneLine() {
      Project p = doc.projects().get(18);
      assertThat(p.unit()).isEqualTo(new BudgetUnit(new UnitCode("543003"), "承德热河地质博物馆"));
      assertThat(p.spendingPlan()).isEqualTo(plan(10, 40, 70, null));
      assertThat(p.goals())
          .containsExactly(
              "发挥承德地质资源特色做好旅游接待服务工作",
              "做好博物馆的日常管理及配套设施管理工作，负责宣传地质科普知识，做好学术交流工作",
              "为宣传我市的旅游资源，经济建设，保障我馆正常运行及各项工作顺利进行，继续为大众提供舒适的环境及更好的参观体验");
      assertThat(p.indicators()).hasSize(8);
    }

    @Test
    void readsTheDecemberCheckpointPrintedOnItsOwnLineInTable30() {
      Project p = doc.projects().get(29);
      assertThat(p.title()).isEqualTo("2023 年度市本级不动产登记管理平台升级改造项目经费绩效目标表");
      assertThat(p.unit()).isEqualTo(new BudgetUnit(new UnitCode("543008"), "承德市不动产登记中心"));
      assertThat(p.code()).isEqualTo(new ProjectCode("13080023P000064100033"));
      assertThat(p.name()).isEqualTo("2023 年度市本级不动产登记管理平台升级改造项目经费");
      assertThat(p.budget()).isEqualTo(new Budget(Money.of("28.00"), Money.of("28.00"), null));
      assertThat(p.fundUse()).startsWith("根据自然资源部《关于修改《不动产登记数据库标准").endsWith("上传数据明细等工作。");
      assertThat(p.spendingPlan()).isEqualTo(plan(25, 50, 75, 100));
      assertThat(p.goals()).containsExactly("目标内容 1");
      assertRows(p)
          .containsExactly(
              tuple("产出指标", "数量指标", "软件采购(维护)数量", "软件采购(维护)数量情况", "≥1 个", "年度工作计划"),
              tuple("产出指标", "质量指标", "系统验收合格率", "不动产登记管理平台升级改造验收合格情况", "100%", "行业规范"),
              tuple("产出指标", "质量指标", "系统故障率", "系统故障情况", "≤5%", "行业规范"),
              tuple("产出指标", "时效指标", "系统故障处理及时性", "系统故障发生 1 小时内进行处理", "≤1 小时", "年度工作计划"),
              tuple("产出指标", "时效指标", "系统升级改造及时性", "系统在规定时间内升级改造，不延期", "及时", "行业规范"),
              tuple("产出指标", "成本指标", "平台系统升级改造总成本", "平台系统升级改造总成本", "≤28 万元", "财政预算批复文件"),
              tuple(
                  "效益指标", "社会效益指标", "提升不动产登记信息化管理水平", "提升不动产登记信息化管理水平，满足不动产登记需求", "巩固提升", "年度工作计划"),
              tuple("效益指标", "可持续影响指标", "提供长期稳定服务", "系统升级改造后能够长期保障不动产登记工作正常运转", "长期提供", "年度工作计划"),
              tuple("满意度指标", "服务对象满意度指标", "使用人员满意度", "平台使用人员满意情况", "≥90%", "行业规范"));
    }

    @Test
    void readsTheLastTableAcrossItsPageBreakWithoutDoublingTheEchoedCell() {
      Project p = doc.projects().get(35);
      assertThat(p.seq()).isEqualTo(36);
      assertThat(p.title()).isEqualTo("2023 年规划展览馆运转经费绩效目标表");
      assertThat(p.unit()).isEqualTo(new BudgetUnit(new UnitCode("543015"), "承德市规划展览馆"));
      assertThat(p.code()).isEqualTo(new ProjectCode("13080023P00005810005R"));
      assertThat(p.name()).isEqualTo("2023 年规划展览馆运转经费");
      assertThat(p.budget()).isEqualTo(new Budget(Money.of("100.00"), Money.of("100.00"), null));
      assertThat(p.fundUse())
          .isEqualTo(
              "用于购买货物和服务的各项支资金，包括水费 1 万元、电费 24 万元、物业管理费 45 万元、日常维修维护费 8.39 万元、"
                  + "业务外包服务费 20 万元及办公设备购置费 1.61 万元，共需资金 100 万元。");
      assertThat(p.spendingPlan()).isEqualTo(plan(10, 40, 70, 100));
      assertThat(p.goals()).containsExactly("目标内容 1");
      assertRows(p)
          .containsExactly(
              tuple("产出指标", "数量指标", "工作日保障单位运转", "工作日保障单位运转", "≥8 小时", "行政事业单位法定工作时间"),
              tuple("产出指标", "数量指标", "办公设备购置数", "反映购置办公设备的数量情况", "2 台", "年度工作计划"),
              tuple("产出指标", "数量指标", "全年接待参观人数", "反映全年一共接待的参观人数", "≥1000 人", "历史同期水平"),
              tuple("产出指标", "质量指标", "经费支出准确率", "经费支出符合财务管理制度要求", "100%", "行业规范"),
              tuple("产出指标", "质量指标", "办公设备质量达标率", "反映购入办公设备的质量达标率", "100%", "行业规范"),
              tuple("产出指标", "质量指标", "电梯安全检查达标率", "反映电梯安全运行情况", "100%", "行业规范"),
              tuple("产出指标", "时效指标", "按时间进度要求支付使用资金", "按时间进度要求支付使用资金", "月度时序", "年度工作计划"),
              tuple("产出指标", "成本指标", "各项经费成本", "各项经费成本", "≤100 万元", "财政预算批复文件"),
              tuple("效益指标", "社会效益指标", "提升展览馆接待服务工作水平", "提升展览接待服务工作水平", "巩固提升", "年度工作计划"),
              tuple("效益指标", "可持续影响指标", "持续保障单位正常办公条件", "持续保障单位正常办公条件，保障单位正常运转", "可持续", "年度工作计划"),
              tuple("效益指标", "经济效益指标", "不涉及", "不涉及", "不涉及", "不涉及"),
              tuple("效益指标", "生态效益指标", "不涉及", "不涉及", "不涉及", "不涉及"),
              tuple("满意度指标", "服务对象满意度指标", "参观展览馆群众满意度", "参观展览群众满意度", "≥95%", "行业规范"));
    }

    @Test
    void takesNoTableOfContentsEntryOrPartOneHeadingAsATable() {
      assertThat(doc.projects())
          .extracting(Project::title)
          .doesNotContain("一、总体绩效目标", "预算项目绩效目标")
          .allSatisfy(t -> assertThat(t).doesNotContain("....."));
      assertThat(doc.projects()).allSatisfy(p -> assertThat(p.unit()).isNotNull());
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Shijiazhuang {

    private ImportResult result;
    private TargetDocument doc;

    @BeforeAll
    void read() {
      result = new DocumentReader().read(Seeds.path(Seeds.SHIJIAZHUANG));
      doc = result.document();
    }

    @Test
    void readsAllSeventyFourTablesInOrderWithoutErrors() {
      assertThat(result.errors()).isEmpty();
      assertThat(doc.projects())
          .extracting(Project::seq)
          .containsExactlyElementsOf(IntStream.rangeClosed(1, 74).boxed().toList());
    }

    @Test
    void readsFourHundredSeventyThreeIndicators() {
      // counted independently: 79 header rows (74 tables, 5 repeated after page breaks), the tab
      // rows under them up to 六、政府采购预算情况, less the 5 continuation rows
      assertThat(doc.indicatorCount()).isEqualTo(473);
    }

    @Test
    void reportsThePurchaseAndAssetTablesAfterTheLastTargetTableAsSkipped() {
      assertThat(result.problems())
          .extracting(
              ImportProblem::severity,
              ImportProblem::code,
              ImportProblem::line,
              ImportProblem::table)
          .containsExactly(tuple(ImportProblem.Severity.WARNING, "IMP-SKIPPED-TEXT", 1498, 74));
    }

    @Test
    void readsTheFirstTableWhichHasNoHeaderBlockButGoals() {
      Project p = doc.projects().get(0);
      assertThat(p.seq()).isEqualTo(1);
      assertThat(p.title()).isEqualTo("15号地围挡美化亮化资金绩效目标表");
      assertThat(p.unit()).isNull();
      assertThat(p.code()).isNull();
      assertThat(p.name()).isNull();
      assertThat(p.budget()).isNull();
      assertThat(p.fundUse()).isNull();
      assertThat(p.spendingPlan()).isNull();
      assertThat(p.goals()).containsExactly("15 号地美化亮化资金");
      assertRows(p)
          .containsExactly(
              tuple("产出指标", "数量指标", "工作量完成率", "工作量完成率", "≥95%", "按照部门计划"),
              tuple("产出指标", "质量指标", "完工项目验收合格率", "完工项目验收合格率", "≥95%", "按照部门计划"),
              tuple("产出指标", "时效指标", "完工及时率", "完工及时率", "≥90%", "按照部门计划"),
              tuple("产出指标", "成本指标", "项目预算控制数", "项目预算控制数", "≤5.75 万元", "按照部门计划"),
              tuple("效益指标", "生态效益指标", "改善生态环境质量", "改善生态环境质量", "≥90%", "按照部门计划"),
              tuple("满意度指标", "服务对象满意度指标", "服务对象满意度", "服务对象满意度", "≥90%", "按照部门计划"));
    }

    @Test
    void joinsTheDescriptionContinuedAfterThePageBreakOfTable35() {
      Project p = doc.projects().get(34);
      String basis = "关于印发《石家庄市第三次全国国土调查耕地资源质量分类工作实施方案》的通知";
      assertThat(p.title()).isEqualTo("石家庄市第三次全国国土调查耕地资源质量分类工作经费绩效目标表");
      assertThat(p.goals()).containsExactly("目标内容 1 做好我区第三次全国国土调查耕地资源质量分类工作；满足“三调”耕地资源状况分析的需要。");
      assertRows(p)
          .containsExactly(
              tuple("产出指标", "数量指标", "第三次国土调查完成率", "第三次国土调查完成率", "≥90%", basis),
              tuple("产出指标", "质量指标", "耕地质量检测评价与定级完成率", "耕地质量检测评价与定级完成率", "≥90%", basis),
              tuple("产出指标", "时效指标", "工作任务完成及时率", "工作任务完成及时率", "≥90%", basis),
              tuple("产出指标", "成本指标", "按预算资金完成率", "按预算资金完成率", "≥90%", basis),
              tuple(
                  "效益指标",
                  "社会效益指标",
                  "全面查清最新土地利用状况",
                  "全面查清最新土地利用状况，掌握真实土地基础数据，并对调查成果实行信息化网络化管理,健全并完善土地调查监测、统计、"
                      + "登记制度,实现土地资源信息社会化服务,为国土空间规划提供数据支撑",
                  "≥90%",
                  basis),
              tuple("效益指标", "可持续影响指标", "调查结果准确性", "调查结果准确性", "≥90%", basis),
              tuple("满意度指标", "服务对象满意度指标", "服务对象满意度", "服务对象满意度", "≥90%", basis));
    }

    @Test
    void joinsTheBasisContinuedAfterThePageBreaksOfTables60And61() {
      for (int seq : new int[] {60, 61}) {
        Project p = doc.projects().get(seq - 1);
        assertThat(p.indicators()).hasSize(6);
        Indicator effect = p.indicators().get(4);
        assertThat(effect.level1()).isEqualTo("效益指标");
        assertThat(effect.name()).isEqualTo("管理工作水平");
        assertThat(effect.value()).isEqualTo("≥上年");
        assertThat(effect.basis())
            .isEqualTo("石家庄高新技术产业开发区保障性安居工程领导小组办公室关于印发高新区保障性住房管理考评办法（试行）的" + "通知》(石高保办【2019】2号)");
        assertThat(p.indicators().get(5).level1()).isEqualTo("满意度指标");
      }
      assertThat(doc.projects().get(59).indicators().get(0).basis()).isEqualTo(SJZ_BASIS_60);
    }

    @Test
    void joinsTheLastBasisOfTable64ContinuedAfterThePageBreakWithoutItsWrappingSpaces() {
      Project p = doc.projects().get(63);
      String basis = "石家庄市住房和城乡建设局关于下放保障房实物配租及租赁补贴发放等事项的通知》石住建办【2017】341号文件";
      assertThat(p.goals()).containsExactly("完成未享受实物配租的保障家庭发放租赁补贴。", "满足未享受实物配租的保障家庭的生活需求。");
      assertRows(p)
          .containsExactly(
              tuple("产出指标", "数量指标", "廉租补贴发放量", "对未享受实物配租的保障家庭发放租赁补贴。", "≥90%", basis),
              tuple("产出指标", "质量指标", "廉租补贴精准发放", "确保廉租补贴精准发放", "≥90%", basis),
              tuple("产出指标", "时效指标", "发放率", "是否及时完成廉租补贴发放", "≥90%", basis),
              tuple("产出指标", "成本指标", "按预算资金完成率", "按预算资金完成率", "≥90%", basis),
              tuple("效益指标", "社会效益指标", "补贴发放率", "未享受实物配租的保障家庭发放租赁补贴完成率。", "≥90%", basis),
              tuple("满意度指标", "服务对象满意度指标", "服务对象满意度", "接受发放租赁补贴的重点人群的满意程度", "≥90%", basis));
    }

    @Test
    void joinsTheNameDescriptionAndBasisOfTable66CutByThePageBreak() {
      Project p = doc.projects().get(65);
      String basis = "《石家庄市人民政府办公厅关于向高新区等特定区域下放部分行政权利事项的通知》（石政办发〔2017〕47号）文件";
      assertThat(p.title()).isEqualTo("住房保障工作经费绩效目标表");
      assertRows(p)
          .containsExactly(
              tuple("产出指标", "质量指标", "业务工作保障质量", "确保住房保障工作的完成", "≥90%", basis),
              tuple("产出指标", "数量指标", "工作的完成率", "保障性住房的实物配租、配租结果公告、印刷费等相关工作完成率。", "≥90%", basis),
              tuple("产出指标", "时效指标", "工作按时完成率", "工作按时完成率", "≥90%", basis),
              tuple("产出指标", "成本指标", "按预算资金完成率", "按预算资金完成率", "≥90%", basis),
              tuple("效益指标", "社会效益指标", "保障工作顺利开展", "保障工作顺利开展", "≥90%", basis),
              tuple("满意度指标", "服务对象满意度指标", "服务对象满意度", "群众对住房保障工作的满意程度", "≥90%", basis));
    }

    @Test
    void readsTheLastTableAndNotThePurchaseTableAfterIt() {
      Project p = doc.projects().get(73);
      assertThat(p.seq()).isEqualTo(74);
      assertThat(p.title()).isEqualTo("土地执法经费绩效目标表");
      assertThat(p.unit()).isNull();
      assertThat(p.goals())
          .containsExactly("目标内容 1 打击违法占地行为,加大对违法占地行为的查处和拆除整改力度;保证自然资源部门履职尽责到位,对所有违法建筑进行拆除到位。");
      assertRows(p)
          .containsExactly(
              tuple(
                  "产出指标", "数量指标", "土地卫片执法监督检查年度任务完成率", "年度卫片执法监督检查任务完成比例", "≥95%", "各年度土地卫片执法检查政策"),
              tuple("产出指标", "数量指标", "重大典型违法案件调查反馈率", "重大典型违法案件数与调查反馈比例", "≥90%", "《河北省重大行政处罚备案办法》"),
              tuple("产出指标", "质量指标", "完成达标率", "年度各项任务完成达标率", "≥90%", "按照计划标准"),
              tuple(
                  "产出指标",
                  "时效指标",
                  "全区违法举报督办案件反馈率",
                  "全区违法举报督办案件数与反馈案件比例",
                  "≥90%",
                  "《国土资源违法行为查处工作规程》第5条违法线索发现;《关于严厉打击违法用地积极推进土地管理共同责任长效机制的意见》石高管字[2016]49号"),
              tuple("产出指标", "成本指标", "按预算资金完成率", "按预算资金完成率", "≥95%", "按照计划标准"),
              tuple("效益指标", "可持续影响指标", "专项执法工作开展完成率", "专项执法工作开展完成比例", "≥90%", "各年度专项执法工作相关方案"),
              tuple("满意度指标", "服务对象满意度指标", "满意度", "满意度", "≥90%", "按照计划标准"));
    }
  }

  @Nested
  class Layout {

    @Test
    void acceptsBothTabRowSeeds() throws IOException {
      assertThat(new TabRowReader().accepts(source(Seeds.CHENGDE))).isTrue();
      assertThat(new TabRowReader().accepts(source(Seeds.SHIJIAZHUANG))).isTrue();
    }

    @Test
    void leavesTheCellPerLineSeedsToTheirReader() throws IOException {
      assertThat(new TabRowReader().accepts(source(Seeds.TIANJIN_PLANNING))).isFalse();
      assertThat(new TabRowReader().accepts(source(Seeds.TIANJIN_ECOLOGY))).isFalse();
    }

    private SourceText source(String seed) throws IOException {
      return new SourceText(seed, Files.readString(Seeds.path(seed)));
    }
  }

  @Nested
  class BadInput {

    private static final String GOOD_TABLE =
        String.join(
            "\n",
            "## 1. 2023 年测试项目绩效目标表",
            "",
            "543001 测试单位本级",
            "",
            "单位：万元",
            "",
            "项目编码\t13080023P000085100062\t\t项目名称\t测试项目\t\t",
            "预算规模及资金用途\t预算数\t15.00\t其中：财政资金\t10.00\t其他资金\t5.00",
            "\t购买服务支出。\t\t\t\t\t",
            "资金支出计划（%）\t3 月底\t\t6 月底\t10 月底\t12 月底\t",
            "\t\t\t\t30%\t100%\t",
            "绩效目标\t1. 完成测试\t\t\t\t\t",
            "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\t",
            "产出指标\t数量指标\t检查次数\t开展检查次数\t≥1 次\t年度工作计划\t",
            "\t质量指标\t合格率\t成果合格率\t≥90%\t行业规范\t",
            "满意度指标\t服务对象满意度指标\t满意度\t服务对象满意度\t≥90%\t行业规范\t",
            "");

    @Test
    void aWellFormedTableReadsWithoutProblems() {
      ImportResult r = read(GOOD_TABLE);
      assertThat(r.problems()).isEmpty();
      Project p = r.document().projects().get(0);
      assertThat(p.budget())
          .isEqualTo(new Budget(Money.of("15.00"), Money.of("10.00"), Money.of("5.00")));
      assertThat(p.indicators())
          .extracting(Indicator::level1, Indicator::level2)
          .containsExactly(
              tuple("产出指标", "数量指标"), tuple("产出指标", "质量指标"), tuple("满意度指标", "服务对象满意度指标"));
    }

    @Test
    void aTitleWithoutIndicatorTableIsATruncatedTable() {
      String text =
          GOOD_TABLE
              + "\n## 2. 2023 年被截断项目绩效目标表\n\n543001 测试单位本级\n\n单位：万元\n\n"
              + "项目编码\t13080023P000085100063\t\t项目名称\t被截断项目\t\t\n";
      ImportResult r = read(text);
      assertThat(r.document()).isNull();
      assertThat(r.errors())
          .extracting(ImportProblem::code, ImportProblem::line, ImportProblem::table)
          .containsExactly(tuple("IMP-TABLE-TRUNCATED", 18, 2));
      assertThat(r.errors().get(0).message()).contains("2023 年被截断项目绩效目标表", "截断");
    }

    @Test
    void aHeaderWithoutRowsIsATruncatedTableToo() {
      String text = GOOD_TABLE + "\n2、空表绩效目标表\n\n绩效目标\t1. 无\n一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\n";
      ImportResult r = read(text);
      assertThat(r.errors())
          .extracting(ImportProblem::code, ImportProblem::line, ImportProblem::table)
          .containsExactly(tuple("IMP-TABLE-NO-INDICATORS", 18, 2));
    }

    @Test
    void aLevelTwoLabelInTheLevelOneColumnMeansShuffledColumns() {
      String text = GOOD_TABLE.replace("产出指标\t数量指标\t检查次数", "数量指标\t产出指标\t检查次数");
      ImportResult r = read(text);
      assertThat(r.document()).isNull();
      assertThat(r.errors())
          .extracting(
              ImportProblem::code, ImportProblem::line, ImportProblem::table, ImportProblem::field)
          .containsExactly(tuple("IMP-LEVEL1-UNKNOWN", 14, 1, "一级指标"));
      assertThat(r.errors().get(0).message()).contains("数量指标", "错位");
    }

    @Test
    void aBudgetThatIsNotANumberIsKeptAsPrintedWithAWarning() {
      ImportResult r = read(GOOD_TABLE.replace("预算数\t15.00", "预算数\t十五万"));
      assertThat(r.errors()).isEmpty();
      assertThat(r.problems())
          .extracting(
              ImportProblem::code, ImportProblem::line, ImportProblem::table, ImportProblem::field)
          .containsExactly(tuple("IMP-BUDGET-NOT-NUMBER", 8, 1, "预算数"));
      assertThat(r.problems().get(0).message()).contains("十五万");
      Project p = r.document().projects().get(0);
      assertThat(p.budget().total()).isNull();
      assertThat(p.facts().unparsed()).containsExactly(new UnparsedCell("预算数", "十五万"));
    }

    @Test
    void aHeaderWithoutTheValueColumnIsAnError() {
      ImportResult r = read(GOOD_TABLE.replace("\t指标值\t指标值确定依据", "\t目标\t指标值确定依据"));
      assertThat(r.errors())
          .extracting(ImportProblem::code, ImportProblem::line, ImportProblem::field)
          .containsExactly(tuple("IMP-HEADER-MISSING-COLUMN", 13, "指标值"));
    }

    @Test
    void aHeaderWithoutTheLevelThreeColumnIsAnError() {
      ImportResult r = read(GOOD_TABLE.replace("\t三级指标\t", "\t指标名称\t"));
      assertThat(r.errors())
          .extracting(ImportProblem::code, ImportProblem::line, ImportProblem::field)
          .containsExactly(tuple("IMP-HEADER-MISSING-COLUMN", 13, "三级指标"));
    }

    @Test
    void aTableWithoutTheBasisColumnHasNoBasisEvenWhenAnUnlabelledColumnHoldsText() {
      String text =
          GOOD_TABLE
              .replace("\t指标值\t指标值确定依据\t", "\t指标值\t")
              .replace("≥1 次\t年度工作计划\t", "≥1 次\t")
              .replace("≥90%\t行业规范\t\n满意度", "≥90%\t\n满意度");
      ImportResult r = read(text);
      assertThat(r.errors()).isEmpty();
      assertThat(r.document().projects().get(0).indicators())
          .extracting(Indicator::name, Indicator::value, Indicator::basis)
          .containsExactly(
              tuple("检查次数", "≥1 次", null), tuple("合格率", "≥90%", null), tuple("满意度", "≥90%", null));
      // the last row still has 行业规范 in the unlabelled sixth column: reported, not imported
      assertThat(r.problems())
          .extracting(ImportProblem::code, ImportProblem::line)
          .containsExactly(tuple("IMP-SKIPPED-CELL", 16));
      assertThat(r.problems().get(0).message()).contains("行业规范", "指标值确定依据");
    }

    @Test
    void aPlanValueThatIsNotAPercentageIsKeptAsPrintedAndTheRestImported() {
      ImportResult r = read(GOOD_TABLE.replace("30%\t100%", "三成\t100%"));
      assertThat(r.errors()).isEmpty();
      assertThat(r.problems())
          .extracting(ImportProblem::code, ImportProblem::line, ImportProblem::field)
          .containsExactly(tuple("IMP-PLAN-NOT-PERCENT", 11, "资金支出计划（10月底）"));
      Project p = r.document().projects().get(0);
      assertThat(p.spendingPlan().oct()).isNull();
      assertThat(p.spendingPlan().dec()).isEqualTo(Percent.of(100));
      assertThat(p.facts().unparsed())
          .containsExactly(new UnparsedCell("资金支出计划（10月底）", "三成"));
      assertThat(p.indicators()).hasSize(3);
    }

    @Test
    void aPlanHeaderWithoutValuesRowGivesABlankPlanAndAWarning() {
      ImportResult r = read(GOOD_TABLE.replace("\t\t\t\t30%\t100%\t\n", ""));
      assertThat(r.errors()).isEmpty();
      assertThat(r.document().projects().get(0).spendingPlan())
          .isEqualTo(plan(null, null, null, null));
      assertThat(r.problems())
          .extracting(ImportProblem::code)
          .containsExactly("IMP-PLAN-NO-VALUES");
    }

    @Test
    void anUnknownHeaderRowIsReportedAsSkipped() {
      ImportResult r = read(GOOD_TABLE.replace("绩效目标\t", "主管部门\t测试局\t\n绩效目标\t"));
      assertThat(r.errors()).isEmpty();
      assertThat(r.problems())
          .extracting(ImportProblem::code, ImportProblem::line)
          .containsExactly(tuple("IMP-SKIPPED-ROW", 12));
      assertThat(r.problems().get(0).message()).contains("主管部门", "测试局");
    }

    @Test
    void readsACodeAndNamePrintedInTheirLabelCells() {
      ImportResult r =
          read(
              GOOD_TABLE.replace(
                  "项目编码\t13080023P000085100062\t\t项目名称\t测试项目\t\t",
                  "项目编码：13080023P000085100062\t\t项目名称：测试 项目\t"));
      assertThat(r.problems()).isEmpty();
      Project p = r.document().projects().get(0);
      assertThat(p.code()).isEqualTo(new ProjectCode("13080023P000085100062"));
      assertThat(p.name()).isEqualTo("测试 项目");
    }

    @Test
    void cellsWithLatexOrTagsAreReadUnderTheTextRuleAndOthersAsPrinted() {
      ImportResult r =
          read(GOOD_TABLE.replace("成果合格率\t≥90%\t行业规范", "成果 合格率\t$\\geq 90\\%$\t<b>行业</b>规范"));
      assertThat(r.problems()).isEmpty();
      assertThat(r.document().projects().get(0).indicators())
          .isEqualTo(read(GOOD_TABLE).document().projects().get(0).indicators());
    }

    @Test
    void aGapInTheTableNumbersIsReported() {
      ImportResult r = read(GOOD_TABLE.replace("## 1. ", "## 2. "));
      assertThat(r.errors()).isEmpty();
      assertThat(r.problems()).extracting(ImportProblem::code).containsExactly("IMP-SEQ-GAP");
    }

    @Test
    void aContinuationRowAfterARepeatedHeaderJoinsTheCellsAbove() {
      String text =
          GOOD_TABLE.replace(
              "\t质量指标\t合格率\t成果合格率\t≥90%\t行业规范\t\n",
              "\t质量指标\t合格\t成果合格\t≥90%\t行业\t\n\n"
                  + "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\n"
                  + "\t\t率\t率\t\t规范\n");
      ImportResult r = read(text);
      assertThat(r.problems()).isEmpty();
      assertRows(r.document().projects().get(0))
          .containsExactly(
              tuple("产出指标", "数量指标", "检查次数", "开展检查次数", "≥1 次", "年度工作计划"),
              tuple("产出指标", "质量指标", "合格率", "成果合格率", "≥90%", "行业规范"),
              tuple("满意度指标", "服务对象满意度指标", "满意度", "服务对象满意度", "≥90%", "行业规范"));
    }

    @Test
    void aRealRowAfterARepeatedHeaderStaysARow() {
      String text =
          GOOD_TABLE.replace(
              "\t质量指标\t合格率", "\n一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\n\t质量指标\t合格率");
      ImportResult r = read(text);
      assertThat(r.problems()).isEmpty();
      assertThat(r.document().projects().get(0).indicators()).hasSize(3);
    }

    @Test
    void aRepeatedHeaderWithFewerColumnsReportsTheTextUnderTheColumnsItNoLongerNames() {
      String text =
          GOOD_TABLE
              .replace(
                  "\t质量指标\t合格率",
                  "\n一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\n\t质量指标\t合格率")
              .replace("服务对象满意度\t≥90%\t行业规范\t", "服务对象满意度\t≥90%\t\t附注");
      ImportResult r = read(text);
      assertThat(r.errors()).isEmpty();
      assertThat(r.problems())
          .extracting(ImportProblem::code, ImportProblem::line, ImportProblem::field)
          .containsExactly(
              tuple("IMP-SKIPPED-CELL", 17, "第 6 列"), tuple("IMP-SKIPPED-CELL", 18, "第 7 列"));
      assertThat(r.document().projects().get(0).indicators())
          .extracting(Indicator::basis)
          .containsExactly("年度工作计划", null, null);
    }

    private ImportResult read(String text) {
      return new DocumentReader().readText("bad.txt", text);
    }
  }

  static SpendingPlan plan(Integer mar, Integer jun, Integer oct, Integer dec) {
    return new SpendingPlan(pct(mar), pct(jun), pct(oct), pct(dec));
  }

  private static Percent pct(Integer v) {
    return v == null ? null : Percent.of(v);
  }

  static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertRows(
      Project p) {
    return assertThat(p.indicators())
        .extracting(
            Indicator::level1,
            Indicator::level2,
            Indicator::name,
            Indicator::description,
            Indicator::value,
            Indicator::basis);
  }
}
