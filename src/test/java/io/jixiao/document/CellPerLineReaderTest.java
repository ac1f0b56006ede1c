package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

class CellPerLineReaderTest {

  private static final BudgetUnit PLANNING_BUREAU =
      new BudgetUnit(new UnitCode("358101"), "天津市规划和自然资源局财务管理处");
  private static final BudgetUnit ECOLOGY_BUREAU =
      new BudgetUnit(new UnitCode("362101"), "天津市生态环境局财务处（审计处）");
  private static final BudgetUnit MONITORING_CENTRE =
      new BudgetUnit(new UnitCode("362203"), "天津市生态环境监测中心");

  private static Indicator indicator(
      String l1, String l2, String l3, String description, String value) {
    return new Indicator(l1, l2, l3, description, value, null);
  }

  private static Budget budget(String total, String fiscal, String other) {
    return new Budget(money(total), money(fiscal), money(other));
  }

  private static Money money(String amount) {
    return amount == null ? null : Money.of(amount);
  }

  private static Project table(TargetDocument document, int seq) {
    return document.projects().stream().filter(p -> p.seq() == seq).findFirst().orElseThrow();
  }

  private static ImportResult readText(String text) {
    return new DocumentReader().readText("synthetic.txt", text);
  }

  private static String seedText(String seed) throws IOException {
    return Files.readString(Seeds.path(seed));
  }

  /** The first {@code n} lines of a text, each ending with a line break. */
  private static String firstLines(String text, int n) {
    return String.join("\n", Arrays.asList(text.split("\n", -1)).subList(0, n)) + "\n";
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class TianjinPlanningBureau {

    private ImportResult result;
    private TargetDocument document;

    @BeforeAll
    void read() {
      result = new DocumentReader().read(Seeds.path(Seeds.TIANJIN_PLANNING));
      document = result.document();
    }

    @Test
    void readsAll212TablesInOrderWithoutErrors() {
      assertThat(result.errors()).isEmpty();
      assertThat(document.projects()).hasSize(212);
      assertThat(document.projects().stream().mapToInt(Project::seq))
          .containsExactlyElementsOf(
              java.util.stream.IntStream.rangeClosed(1, 212).boxed()::iterator);
    }

    /**
     * 1747 rows: counted apart from the reader with awk, as cells naming a 二级指标 that follow a blank
     * line and a 一级指标 cell (or an empty one), and by a Python script rebuilding rows by width.
     */
    @Test
    void reads1747Indicators() {
      assertThat(document.projects().stream().mapToInt(p -> p.indicators().size()).sum())
          .isEqualTo(1747);
    }

    @Test
    void readsEveryFieldOfTheFirstTable() {
      Project p = table(document, 1);
      assertThat(p.title()).isEqualTo("2022、2023年天津历史文化名城保护专项评估绩效目标表");
      assertThat(p.unit()).isEqualTo(PLANNING_BUREAU);
      assertThat(p.code()).isNull();
      assertThat(p.name()).isEqualTo("2022、2023年天津历史文化名城保护专项评估");
      assertThat(p.budget()).isEqualTo(budget("100.17", "100.17", null));
      String work =
          "通过完成2022年、2023年天津历史文化名城保护专项评估工作，以及2022年天津城市体检风貌特色专项体检、"
              + "2023年天津城市体检历史文化保护利用专项体检工作，切实提高名城保护能力和水平，"
              + "助力各时期重要城乡历史文化遗产得到系统性保护。";
      assertThat(p.fundUse()).isEqualTo(work);
      assertThat(p.spendingPlan()).isNull();
      assertThat(p.goals()).containsExactly(work);
      String reports =
          "2022、2023年天津历史文化名城保护专项评估报告、2022年天津风貌特色专项指标数据统计及自体检报告、" + "2023年天津历史文化保护利用指标数据统计及自体检报告4份";
      String heritage = "提高名城保护水平，有效支撑各时期重要城乡历史文化遗产得到系统性保护。";
      assertThat(p.indicators())
          .containsExactly(
              indicator("产出指标", "数量指标", reports, reports, "4份"),
              indicator("产出指标", "质量指标", "符合国家、行业及项目等相关标准", "符合国家、行业及项目等相关标准", "100%"),
              indicator("产出指标", "时效指标", "按期完成各项工作任务", "按期完成各项工作任务", "2024年底前完成"),
              indicator("产出指标", "成本指标", "总支出", "总支出", "≤100.17万元"),
              indicator(
                  "效益指标",
                  "社会效益指标",
                  heritage,
                  heritage,
                  "充分运用评估、体检成果，推进落实保护责任，切实提高名城保护能力和水平，有效支撑各时期重要城乡历史文化遗产得到系统性保护。"),
              indicator("满意度指标", "服务对象满意度指标", "满足部门工作需求", "满足部门工作需求", "≥95%"));
    }

    @Test
    void joinsARowSplitOverThreeGroupsInTable25() {
      Project p = table(document, 25);
      assertThat(p.title()).isEqualTo("2024年历史文化名城保护专项评估绩效目标表");
      assertThat(p.unit()).isEqualTo(PLANNING_BUREAU);
      assertThat(p.name()).isEqualTo("2024年历史文化名城保护专项评估");
      assertThat(p.budget()).isEqualTo(budget("100.00", "100.00", null));
      assertThat(p.fundUse()).startsWith("开展历史文化资源调查评估和认定情况评估").endsWith("指导规划建设高品质新型居住社区。");
      assertThat(p.goals()).containsExactly(p.fundUse());
      String reports = "2024年历史文化名城保护专项评估报告、历史文化保护利用指标数据统计及自体检报告、天津市新型居住社区城市设计导则项目成果文件3份";
      String support = "提高名城保护水平，有效支撑《天津市新型居住社区城市设计导则》的深化。";
      assertThat(p.indicators())
          .containsExactly(
              indicator("产出指标", "数量指标", reports, reports, "3份"),
              indicator("产出指标", "质量指标", "符合国家、行业及项目等相关标准", "符合国家、行业及项目等相关标准", "100%"),
              indicator("产出指标", "时效指标", "按期完成各项工作任务", "按期完成各项工作任务", "2024年底前"),
              indicator("产出指标", "成本指标", "总支出不超过180万元", "总支出不超过180万元", "≤100万元"),
              indicator("效益指标", "社会效益指标", support, support, "充分运用评估成果，推进落实保护责任，切实提高名城保护能力和水平。"),
              indicator("满意度指标", "服务对象满意度指标", "满足部门工作需求", "满足部门工作需求", "≥95%"));
    }

    @Test
    void mapsTable132WhoseRowsHaveSevenCellsUnderAFiveCellHeader() {
      Project p = table(document, 132);
      assertThat(p.title()).isEqualTo("天津市野生动物疫源疫病监测项目（2024年）绩效目标表");
      assertThat(p.unit()).isEqualTo(PLANNING_BUREAU);
      assertThat(p.name()).isEqualTo("天津市野生动物疫源疫病监测项目（2024年）");
      assertThat(p.budget()).isEqualTo(budget("43.49", "43.49", null));
      String cooperation = "与我市自然保护地管理机构、疫源疫病监测机构合作，科学开展野生动物重点活动区域野外种群监测观察和主动预警采样。";
      assertThat(p.fundUse()).isEqualTo(cooperation);
      assertThat(p.goals()).containsExactly(cooperation);
      assertThat(p.indicators())
          .containsExactly(
              indicator("产出指标", "数量指标", "监测管理周期", "监测管理周期", "12个月"),
              indicator("产出指标", "数量指标", "采集鸟类、麋鹿实验样本", "采集鸟类、麋鹿实验样本", "≥40份"),
              indicator("产出指标", "数量指标", "撰写综合报告", "撰写综合报告", "1部"),
              indicator("产出指标", "质量指标", "工程验收质量", "工程验收质量", "合格"),
              indicator("产出指标", "时效指标", "工作时限", "工作时限", "2024年12月"),
              indicator("产出指标", "成本指标", "项目总投资", "项目总投资", "≤43.49万元"),
              indicator(
                  "效益指标",
                  "可持续影响指标",
                  "野生动物疫病监测功能持续提高",
                  "野生动物疫病监测功能持续提高",
                  "科学开展野生动物重点活动区域野外种群监测观察和主动预警采样、分析、处理、形成报告"),
              indicator("满意度指标", "服务对象满意度指标", "周边群众满意度", "周边群众满意度", "≥90%"));
    }

    @Test
    void warnsOnceThatTheUnlabelledSeventhColumnOfTable132IsNotImported() {
      assertThat(result.problems())
          .filteredOn(p -> Integer.valueOf(132).equals(p.table()))
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.code()).isEqualTo("IMP-UNLABELLED-COLUMN");
                assertThat(p.line()).isEqualTo(11246);
                assertThat(p.message()).contains("第 7 列", "8 个单元格", "监测管理周期");
              });
    }

    @Test
    void readsTable136WithASevenColumnHeaderSplitRowsAndATextAfterAnEmptyCell() {
      Project p = table(document, 136);
      assertThat(p.title()).isEqualTo("土地储备专项债券付息绩效目标表");
      assertThat(p.unit()).isEqualTo(PLANNING_BUREAU);
      assertThat(p.name()).isEqualTo("土地储备专项债券付息");
      assertThat(p.budget()).isEqualTo(budget("67574.00", "67574.00", null));
      assertThat(p.fundUse()).isEqualTo("用于土地政府专项债券利息");
      assertThat(p.goals()).containsExactly("用于土地政府专项债券利息");
      assertThat(p.indicators())
          .containsExactly(
              indicator("产出指标", "数量指标", "债券利息偿还率", "债券利息偿还率", "100%"),
              indicator("产出指标", "质量指标", "资金使用合规性", "资金使用合规性", "100%"),
              indicator("产出指标", "质量指标", "债券违约率", "债券违约率", "无违约"),
              indicator("产出指标", "时效指标", "偿还债务及时率", "偿还债务及时率", "100%"),
              indicator("产出指标", "成本指标", "偿还债务利息支出", "偿还债务利息支出", "67574万元"),
              indicator("效益指标", "经济效益指标", "偿还债务利息金额", "偿还债务利息金额", "67574万元"),
              indicator("满意度指标", "服务对象满意度指标", "债权人满意度", "债权人满意度", "≥90%"));
    }

    @Test
    void readsTheLastTableWhoseBudgetIsAllOtherFunds() {
      Project p = table(document, 212);
      assertThat(p.title()).isEqualTo("土地开发支出绩效目标表");
      assertThat(p.unit())
          .isEqualTo(new BudgetUnit(new UnitCode("358704"), "天津市土地利用事务中心（天津市中国国际矿业大会综合服务中心）"));
      assertThat(p.code()).isNull();
      assertThat(p.name()).isEqualTo("土地开发支出");
      assertThat(p.budget()).isEqualTo(budget("55999.74", null, "55999.74"));
      assertThat(p.fundUse()).isEqualTo("土地收储、土地整理等相关工作");
      assertThat(p.goals()).containsExactly("实现土地收储、土地整理等相关工作");
      assertThat(p.indicators())
          .containsExactly(
              indicator("产出指标", "质量指标", "资金使用合规性", "资金使用合规性", "100%"),
              indicator("产出指标", "时效指标", "项目完成及时率", "项目完成及时率", "100%"),
              indicator("产出指标", "成本指标", "项目实际金额", "项目实际金额", "55999.74万元"),
              indicator("产出指标", "数量指标", "实际完成项目数", "实际完成项目数", "1个"),
              indicator("效益指标", "社会效益指标", "实现土地收储、政府投资", "实现土地收储、政府投资", "实现土地收储、政府投资"),
              indicator("满意度指标", "服务对象满意度指标", "服务对象满意度指标", "服务对象满意度指标", "100%"));
    }

    @Test
    void joinsALineBreakInsideTheFundUseCellWithNothing() {
      assertThat(table(document, 7).fundUse())
          .isEqualTo("1.完成“津心登”运维采购。2.保障现有项目基础设施、软件系统正常、安全运转，为业务开展提供支撑。");
      assertThat(table(document, 7).goals())
          .containsExactly("完成“津心登”运维采购。", "保障现有项目基础设施、软件系统正常、安全运转，为业务开展提供支撑。");
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class TianjinEcologyBureau {

    private ImportResult result;
    private TargetDocument document;

    @BeforeAll
    void read() {
      result = new DocumentReader().read(Seeds.path(Seeds.TIANJIN_ECOLOGY));
      document = result.document();
    }

    @Test
    void readsAll69TablesWithoutAnyProblem() {
      assertThat(result.problems()).isEmpty();
      assertThat(document.projects()).hasSize(69);
    }

    /** 748 rows, counted apart from the reader with awk and with a Python script (see above). */
    @Test
    void reads748Indicators() {
      assertThat(document.projects().stream().mapToInt(p -> p.indicators().size()).sum())
          .isEqualTo(748);
    }

    @Test
    void readsEveryFieldOfTheFirstTable() {
      Project p = table(document, 1);
      assertThat(p.title()).isEqualTo("2023年物业费项目绩效目标表");
      assertThat(p.unit()).isEqualTo(ECOLOGY_BUREAU);
      assertThat(p.code()).isNull();
      assertThat(p.name()).isEqualTo("2023年物业费项目");
      assertThat(p.budget()).isEqualTo(budget("104.00", "104.00", null));
      assertThat(p.fundUse()).isEqualTo("用于物业管理相关工作支出。");
      assertThat(p.spendingPlan()).isNull();
      assertThat(p.goals()).containsExactly("支撑保障市生态环境局正常工作开展。");
      assertThat(p.indicators())
          .containsExactly(
              indicator("产出指标", "数量指标", "物业保障人员数量", "物业保障人员数量", "≥5人"),
              indicator("产出指标", "质量指标", "机关物业保洁率", "机关物业保洁率", "100%"),
              indicator("产出指标", "时效指标", "每日保障时间", "每日保障时间", "≥8小时"),
              indicator("产出指标", "成本指标", "物业费支出成本", "物业费支出成本", "≤104万元"),
              indicator("效益指标", "社会效益指标", "局机关正常运转", "局机关正常运转", "保障正常运转"),
              indicator("满意度指标", "服务对象满意度指标", "局机关满意度", "局机关满意度", "≥90%"));
    }

    @Test
    void splitsGoalsPrintedAsLinesOfOneCell() {
      Project p = table(document, 2);
      assertThat(p.title()).isEqualTo("2023-2025年天津市双城中间绿色生态屏障区生态环境质量状况调查评估绩效目标表");
      assertThat(p.goals())
          .containsExactly(
              "完成2023年双城屏障区大气、水质、生物多样性等生态环境质量调查监测", "完成生态环境质量调查评估指标优化调整", "摸清生态环境质量改善情况");
      assertThat(p.indicators()).hasSize(11);
      assertThat(p.indicators().get(1))
          .isEqualTo(indicator("产出指标", "数量指标", "开展监测调查的点位数量", "水质监测点位", "≥7个"));
    }

    @Test
    void readsEveryFieldOfTable52WhoseRowsAreSplitAfterTheName() {
      Project p = table(document, 52);
      assertThat(p.title()).isEqualTo("2023年天津市土壤生态及物理因素环境质量监测项目绩效目标表");
      assertThat(p.unit()).isEqualTo(MONITORING_CENTRE);
      assertThat(p.name()).isEqualTo("2023年天津市土壤生态及物理因素环境质量监测项目");
      assertThat(p.budget()).isEqualTo(budget("196.10", "196.10", null));
      assertThat(p.fundUse()).isEqualTo("保障全市土壤、生态及物理因素监测网络的正常运行。");
      assertThat(p.goals())
          .singleElement()
          .asString()
          .startsWith("保障全市土壤、生态及物理因素监测网络的正常运行。掌握全市土壤")
          .endsWith("为我市辐射环境管理提供科学决策依据。");
      String quality = "保证我市土壤、地下水、生态、噪声、辐射环境质量监测工作正常运行，监测数据科学、准确。";
      String satisfaction = "生态环境局核与辐射安全监管处、自然生态处、土壤处、科监处、综合处满意度";
      assertThat(p.indicators())
          .containsExactly(
              indicator(
                  "产出指标",
                  "数量指标",
                  "编制土壤、地下水、生态、声、辐射5类报告。",
                  "编制《天津市土壤环境监测报告》1本；编制《天津市地下水环境质量监测报告》1本；编制生态类环境监测报告4本；"
                      + "编制报送《天津市功能区声环境质量季报》、《天津市声环境质量专报》；上传大气辐射环境自动监测站测试数据；"
                      + "完成年报、公报及各类专题报告的编制工作。",
                  "5类"),
              indicator("产出指标", "质量指标", quality, quality, "科学准确，达标完成"),
              indicator(
                  "产出指标",
                  "时效指标",
                  "项目完成时限",
                  "2023年1月至12月期间，按计划向管理部门提供土壤、生态、物理因素相关月报、年报、各类专报。",
                  "2023年底前"),
              indicator("产出指标", "成本指标", "按计划完成预算。", "总投资196.1万元，按计划完成预算。", "≤196.1万元"),
              indicator(
                  "效益指标",
                  "社会效益指标",
                  "及时对全市土壤、地下水、生态、声和辐射环境状况监测、预警。",
                  "及时对全市土壤、地下水、生态、声和辐射环境状况监监测、预警。",
                  "稳步推进"),
              indicator("满意度指标", "服务对象满意度指标", satisfaction, satisfaction, "1"));
    }

    @Test
    void joinsTheValueSplitFromItsRowAtTheEndOfTable3AndTheStartOfTable53() {
      assertThat(table(document, 3).indicators())
          .hasSize(17)
          .last()
          .isEqualTo(
              indicator("满意度指标", "服务对象满意度指标", "管理部门对总体工作完成情况满意度", "管理部门对总体工作完成情况满意度", "≥90%"));
      assertThat(table(document, 53).indicators())
          .hasSize(10)
          .first()
          .isEqualTo(
              indicator("产出指标", "数量指标", "开展112家污水厂考核性监测并出具报告", "开展112家污水厂考核性监测并出具报告", "112家"));
    }

    @Test
    void readsEveryFieldOfTheLastTable() {
      Project p = table(document, 69);
      assertThat(p.title()).isEqualTo("移动污染源第三方辅助执法项目绩效目标表");
      assertThat(p.unit()).isEqualTo(new BudgetUnit(new UnitCode("362303"), "天津市生态环境保护综合行政执法总队"));
      assertThat(p.name()).isEqualTo("移动污染源第三方辅助执法项目");
      assertThat(p.budget()).isEqualTo(budget("50.00", "50.00", null));
      assertThat(p.fundUse()).isEqualTo("购买服务。");
      assertThat(p.goals())
          .containsExactly(
              "推进天津市机动车污染源监管提供全方位多角度的技术支撑服务，通过现场监督检查，锁定不正常运行或疑似弄虚作假等违法行为线索；"
                  + "通过数据比对分析，以非现场方式为执法检查提供强有力抓手。从长远看，能够有效提升执法人员水平，"
                  + "加强第三方运维机构有效维护，督促排污单位积极管理的良好氛围，实现污染源及污染物排放的高效管控。");
      assertThat(p.indicators())
          .containsExactly(
              indicator("产出指标", "数量指标", "工作总结报告", "工作总结报告", "≥4份"),
              indicator("产出指标", "数量指标", "检查企业、点位数量", "检查企业、点位数量", "85家"),
              indicator("产出指标", "质量指标", "符合有关规定要求", "符合有关规定要求", "符合有关规定"),
              indicator("产出指标", "时效指标", "完成时限", "完成时限", "按时完成"),
              indicator("产出指标", "成本指标", "服务成本", "服务成本", "≤50万元"),
              indicator("效益指标", "社会效益指标", "提升服务社会能力", "提升服务社会能力", "提升服务"),
              indicator("效益指标", "生态效益指标", "提高环境监管能力", "提高环境监管能力", "提升能力"),
              indicator("效益指标", "可持续影响指标", "保障监管业务正常可持续", "保障监管业务正常可持续", "保障监管"),
              indicator("满意度指标", "服务对象满意度指标", "管理部门满意度", "管理部门满意度", "≥90%"));
    }

    @Test
    void keepsTheSpaceInsideATitle() {
      assertThat(table(document, 7).title()).isEqualTo("2023年度天津市机动车排污管控技术服务项目 绩效目标表");
    }

    @Test
    void readsAFiscalCellLeftBlankAsNoAmount() {
      assertThat(table(document, 46).budget()).isEqualTo(budget("94.50", null, "94.50"));
    }
  }

  @Nested
  class LayoutDetection {

    private boolean accepts(String seed) throws IOException {
      return new CellPerLineReader().accepts(new SourceText(seed, seedText(seed)));
    }

    @Test
    void acceptsTheTwoCellPerLineExports() throws IOException {
      assertThat(accepts(Seeds.TIANJIN_PLANNING)).isTrue();
      assertThat(accepts(Seeds.TIANJIN_ECOLOGY)).isTrue();
    }

    @Test
    void leavesTheTabRowExportsToTheirReader() throws IOException {
      assertThat(accepts(Seeds.CHENGDE)).isFalse();
      assertThat(accepts(Seeds.SHIJIAZHUANG)).isFalse();
    }
  }

  @Nested
  class BadInput {

    private ImportProblem onlyError(ImportResult result) {
      assertThat(result.ok()).isFalse();
      assertThat(result.document()).isNull();
      assertThat(result.errors()).hasSize(1);
      return result.errors().get(0);
    }

    @Test
    void aFileCutInTheMiddleOfATableHeaderIsATruncatedTable() throws IOException {
      // line 301 is the title of table 5, line 309 its 预算数 label
      String cut = firstLines(seedText(Seeds.TIANJIN_PLANNING), 309);
      ImportProblem error = onlyError(new DocumentReader().readText(Seeds.TIANJIN_PLANNING, cut));
      assertThat(error.code()).isEqualTo("IMP-TRUNCATED");
      assertThat(error.file()).isEqualTo(Seeds.TIANJIN_PLANNING);
      assertThat(error.line()).isEqualTo(301);
      assertThat(error.table()).isEqualTo(5);
      assertThat(error.message()).contains("2023年度天津市中心城区及环城四区地下管线审批成果管理绩效目标表", "截断");
    }

    @Test
    void aFileCutInsideTheIndicatorHeaderLacksTheValueColumn() throws IOException {
      // lines 395-397 of the ecology document: 一级指标, 二级指标, 三级指标 of table 5 (title line 372)
      String text = seedText(Seeds.TIANJIN_ECOLOGY);
      assertThat(text.split("\n")[396]).isEqualTo("\t三级指标");
      ImportProblem error =
          onlyError(new DocumentReader().readText("cut.txt", firstLines(text, 397)));
      assertThat(error.code()).isEqualTo("IMP-HEADER");
      assertThat(error.line()).isEqualTo(395);
      assertThat(error.table()).isEqualTo(5);
      assertThat(error.field()).isEqualTo("指标值");
    }

    @Test
    void aFileCutRightAfterTheIndicatorHeaderHasNoRows() throws IOException {
      String text = seedText(Seeds.TIANJIN_ECOLOGY);
      // the header row of table 5 is lines 395-399, followed by a blank line
      ImportProblem error =
          onlyError(new DocumentReader().readText("cut.txt", firstLines(text, 400)));
      assertThat(error.code()).isEqualTo("IMP-TRUNCATED");
      assertThat(error.line()).isEqualTo(395);
      assertThat(error.table()).isEqualTo(5);
    }

    @Test
    void swappedLevel1AndValueColumnsAreAnError() throws IOException {
      // table 1 of the planning document, lines 1-68; its rows start at line 30
      String[] lines = firstLines(seedText(Seeds.TIANJIN_PLANNING), 68).split("\n", -1);
      for (int start = 29; start < 64; start += 6) {
        String l1 = lines[start];
        lines[start] = lines[start + 4];
        lines[start + 4] = l1;
      }
      ImportResult result = new DocumentReader().readText("shuffled.txt", String.join("\n", lines));
      assertThat(result.ok()).isFalse();
      ImportProblem first = result.errors().get(0);
      assertThat(first.code()).isEqualTo("IMP-LEVEL1");
      assertThat(first.line()).isEqualTo(30);
      assertThat(first.table()).isEqualTo(1);
      assertThat(first.field()).isEqualTo("一级指标");
      assertThat(first.message()).contains("“4份”", "错位");
      assertThat(result.errors())
          .extracting(ImportProblem::line)
          .containsExactly(30, 36, 42, 48, 54, 60);
    }

    @Test
    void aTitleWithNothingUnderItIsATruncatedTable() {
      String text =
          new LayoutAText()
              .title(1, "空表绩效目标表")
              .blank()
              .title(2, "监测项目绩效目标表")
              .header("358101天津市规划和自然资源局财务管理处", "监测项目", "10.00", "用于监测", "1.完成监测")
              .indicatorHeader()
              .row("产出指标", "数量指标", "监测点位", "监测点位", "≥6个")
              .text();
      ImportProblem error = onlyError(readText(text));
      assertThat(error.code()).isEqualTo("IMP-TRUNCATED");
      assertThat(error.line()).isEqualTo(1);
      assertThat(error.table()).isEqualTo(1);
    }

    @Test
    void aBudgetThatIsNotANumberIsKeptAsPrintedWithAWarningOnItsLine() {
      String text =
          new LayoutAText()
              .title(1, "监测项目绩效目标表")
              .header("358101天津市规划和自然资源局财务管理处", "监测项目", "十万", "用于监测", "1.完成监测")
              .indicatorHeader()
              .row("产出指标", "数量指标", "监测点位", "监测点位", "≥6个")
              .text();
      // lines: 1 title, 2-3 unit, 4 blank, 5-6 name, 7 blank, 8 预算规模及资金用途, 9 预算数, 10 十万
      ImportResult r = readText(text);
      assertThat(r.errors()).isEmpty();
      assertThat(r.problems())
          .extracting(ImportProblem::code, ImportProblem::line, ImportProblem::field)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("IMP-BUDGET", 10, "预算数"),
              org.assertj.core.groups.Tuple.tuple("IMP-BUDGET", 12, "财政资金"));
      assertThat(r.problems().get(0).message()).contains("“十万”不是金额", "原文保留");
      Project p = r.document().projects().get(0);
      assertThat(p.budget().total()).isNull();
      assertThat(p.facts().unparsed())
          .extracting(UnparsedCell::field, UnparsedCell::printed)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("预算数", "十万"),
              org.assertj.core.groups.Tuple.tuple("财政资金", "十万"));
      assertThat(p.indicators()).hasSize(1);
    }

    @Test
    void anIndicatorHeaderWithoutALevel3ColumnIsAnError() {
      String text =
          new LayoutAText()
              .title(3, "监测项目绩效目标表")
              .header("358101天津市规划和自然资源局财务管理处", "监测项目", "10.00", "用于监测", "1.完成监测")
              .row("一级指标", "二级指标", "绩效指标描述", "指标值")
              .row("产出指标", "数量指标", "监测点位", "≥6个")
              .text();
      ImportProblem error = onlyError(readText(text));
      assertThat(error.code()).isEqualTo("IMP-HEADER");
      assertThat(error.table()).isEqualTo(3);
      assertThat(error.field()).isEqualTo("三级指标");
      assertThat(error.message()).contains("一级指标、二级指标、绩效指标描述、指标值");
    }

    @Test
    void amountsInYuanInsteadOfWanYuanAreAnError() {
      String text =
          new LayoutAText()
              .title(1, "监测项目绩效目标表")
              .row("358101天津市规划和自然资源局财务管理处", "单位：元")
              .row("项目名称", "监测项目")
              .blank()
              .indicatorHeader()
              .row("产出指标", "数量指标", "监测点位", "监测点位", "≥6个")
              .text();
      ImportProblem error = onlyError(readText(text));
      assertThat(error.code()).isEqualTo("IMP-AMOUNT-UNIT");
      assertThat(error.line()).isEqualTo(3);
    }

    @Test
    void aNumberedLineWhoseTitleIsOnlyMarkupIsNoTitle() {
      String text =
          new LayoutAText()
              .line("[bookmark: _Toc1]1.<b> </b>")
              .indicatorHeader()
              .row("产出指标", "数量指标", "监测点位", "监测点位", "≥6个")
              .text();
      ImportProblem error = onlyError(readText(text));
      assertThat(error.code()).isEqualTo("IMP-NO-TITLE");
      assertThat(error.line()).isEqualTo(2);
    }

    @Test
    void cellsWithoutATitleAreAnError() {
      String text =
          new LayoutAText().indicatorHeader().row("产出指标", "数量指标", "监测点位", "监测点位", "≥6个").text();
      ImportProblem error = onlyError(readText(text));
      assertThat(error.code()).isEqualTo("IMP-NO-TITLE");
      assertThat(error.line()).isEqualTo(1);
    }
  }

  @Nested
  class Rows {

    private LayoutAText table() {
      return new LayoutAText()
          .title(1, "监测项目绩效目标表")
          .header("358101天津市规划和自然资源局财务管理处", "监测项目", "10.00", "用于监测", "1.完成监测")
          .indicatorHeader();
    }

    @Test
    void cellsWithLatexOrTagsAreReadUnderTheTextRuleAndOthersAsPrinted() {
      String text =
          table()
              .row("产出指标", "<b>数量指标</b>", "监测点位", "监测 点位", "$\\geq 6$个")
              .row("", "质量指标", "合格率", "合格率", "100%")
              .text();
      assertThat(readText(text).document().projects().get(0).indicators())
          .containsExactly(
              indicator("产出指标", "数量指标", "监测点位", "监测点位", "≥6个"),
              indicator("产出指标", "质量指标", "合格率", "合格率", "100%"));
    }

    @Test
    void aRowThatCannotBeCompletedIsKeptWithAWarning() {
      String text =
          table()
              .row("产出指标", "数量指标", "监测点位", "监测点位")
              .row("产出指标", "质量指标", "合格率", "合格率", "100%")
              .text();
      ImportResult result = readText(text);
      assertThat(result.ok()).isTrue();
      assertThat(result.document().projects().get(0).indicators())
          .containsExactly(
              indicator("产出指标", "数量指标", "监测点位", "监测点位", null),
              indicator("产出指标", "质量指标", "合格率", "合格率", "100%"));
      // the header block takes lines 1-23, the indicator header 24-29: rows start at line 30
      ImportProblem warning = result.problems().get(0);
      assertThat(warning.code()).isEqualTo("IMP-ROW");
      assertThat(warning.line()).isEqualTo(30);
      assertThat(warning.message()).contains("只有 4 个单元格", "“监测点位”");
    }

    @Test
    void cellsBeyondTheTableWidthAreReportedWithTheirText() {
      String text =
          table()
              .row("产出指标", "数量指标", "监测点位", "监测点位", "≥6个")
              .row("", "质量指标", "合格率", "合格率", "100%", "多余的说明")
              .row("", "时效指标", "完成时间", "完成时间", "年底前")
              .text();
      ImportResult result = readText(text);
      assertThat(result.document().projects().get(0).indicators())
          .containsExactly(
              indicator("产出指标", "数量指标", "监测点位", "监测点位", "≥6个"),
              indicator("产出指标", "质量指标", "合格率", "合格率", "100%"),
              indicator("产出指标", "时效指标", "完成时间", "完成时间", "年底前"));
      assertThat(result.problems())
          .singleElement()
          .satisfies(
              w -> {
                assertThat(w.code()).isEqualTo("IMP-ROW");
                assertThat(w.line()).isEqualTo(36);
                assertThat(w.message()).contains("“多余的说明”");
              });
    }

    @Test
    void rowsWiderThanTheirHeaderMapTheHeaderOntoTheColumnsWithText() {
      String text =
          table()
              .row("产出指标", "数量指标", "监测点位", "监测点位", "", "≥6个", "监测点位")
              .row("", "质量指标", "合格率", "合格率", "", "100%", "合格率")
              .text();
      ImportResult result = readText(text);
      assertThat(result.document().projects().get(0).indicators())
          .containsExactly(
              indicator("产出指标", "数量指标", "监测点位", "监测点位", "≥6个"),
              indicator("产出指标", "质量指标", "合格率", "合格率", "100%"));
      assertThat(result.problems())
          .singleElement()
          .satisfies(w -> assertThat(w.code()).isEqualTo("IMP-UNLABELLED-COLUMN"));
    }

    @Test
    void aHeaderRepeatedAfterAPageBreakIsNotARow() {
      String text =
          table()
              .row("产出指标", "数量指标", "监测点位", "监测点位", "≥6个")
              .indicatorHeader()
              .row("", "质量指标", "合格率", "合格率", "100%")
              .text();
      ImportResult result = readText(text);
      assertThat(result.problems()).isEmpty();
      assertThat(result.document().projects().get(0).indicators())
          .containsExactly(
              indicator("产出指标", "数量指标", "监测点位", "监测点位", "≥6个"),
              indicator("产出指标", "质量指标", "合格率", "合格率", "100%"));
    }

    @Test
    void aBlankLevel2InheritsOnlyWithinTheSameLevel1() {
      String text =
          table()
              .row("产出指标", "数量指标", "监测点位", "监测点位", "≥6个")
              .row("", "", "报告", "报告", "1份")
              .row("效益指标", "", "效益", "效益", "提升")
              .text();
      assertThat(readText(text).document().projects().get(0).indicators())
          .extracting(Indicator::level1, Indicator::level2)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("产出指标", "数量指标"),
              org.assertj.core.groups.Tuple.tuple("产出指标", "数量指标"),
              org.assertj.core.groups.Tuple.tuple("效益指标", null));
    }

    @Test
    void dropsSpacesBetweenChineseCharactersInIndicatorCellsButKeepsThemInValues() {
      String text = table().row("产出 指标", "数量指标", "监测 点位", "监测\n点位", "≥85 百分比").text();
      assertThat(readText(text).document().projects().get(0).indicators())
          .containsExactly(indicator("产出指标", "数量指标", "监测点位", "监测点位", "≥85 百分比"));
    }

    @Test
    void readsTheBasisColumnWhenTheHeaderNamesIt() {
      String text =
          new LayoutAText()
              .title(1, "监测项目绩效目标表")
              .header("358101天津市规划和自然资源局财务管理处", "监测项目", "10.00", "用于监测", "1.完成监测")
              .row("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据")
              .row("产出指标", "数量指标", "监测点位", "监测点位", "≥6个", "年度工作计划")
              .text();
      assertThat(readText(text).document().projects().get(0).indicators())
          .containsExactly(new Indicator("产出指标", "数量指标", "监测点位", "监测点位", "≥6个", "年度工作计划"));
    }
  }

  @Nested
  class HeaderBlock {

    @Test
    void readsAProjectCodeAndASpendingPlanWhenTheTableHasThem() {
      String text =
          new LayoutAText()
              .title(4, "2023年承德基础地理信息数据采集更新绩效目标表")
              .row("543001 承德市自然资源和规划局本级", "单位：万元")
              .row("项目编码", "13080023P00007010008M", "项目名称", "2023年承德基础地理信息数据采集更新")
              .row("预算规模及资金用途", "预算数", "95.00", "其中：财政资金", "95.00", "其他资金", "")
              .row("", "购买服务支出")
              .row("资金支出计划（%）", "3月底", "", "6月底", "", "10月底", "12月底")
              .row("", "", "", "", "", "30%", "100%")
              .row("绩效目标", "1. 完成采集更新\n2. 平台运维")
              .indicatorHeader()
              .row("产出指标", "数量指标", "采集更新工作完成数", "采集更新面积", "≥40平方公里")
              .text();
      ImportResult result = readText(text);
      assertThat(result.problems()).isEmpty();
      Project p = result.document().projects().get(0);
      assertThat(p.seq()).isEqualTo(4);
      assertThat(p.unit()).isEqualTo(new BudgetUnit(new UnitCode("543001"), "承德市自然资源和规划局本级"));
      assertThat(p.code()).isEqualTo(new ProjectCode("13080023P00007010008M"));
      assertThat(p.name()).isEqualTo("2023年承德基础地理信息数据采集更新");
      assertThat(p.budget()).isEqualTo(budget("95.00", "95.00", null));
      assertThat(p.fundUse()).isEqualTo("购买服务支出");
      assertThat(p.spendingPlan())
          .isEqualTo(new SpendingPlan(null, null, Percent.of(30), Percent.of(100)));
      assertThat(p.goals()).containsExactly("完成采集更新", "平台运维");
    }

    @Test
    void takesTheUnitFromALinePrintedAboveTheTable() {
      String text =
          new LayoutAText()
              .title(1, "监测项目绩效目标表")
              .blank()
              .line("543001 承德市自然资源和规划局本级")
              .blank()
              .row("单位：万元")
              .row("项目名称", "监测项目")
              .indicatorHeader()
              .row("产出指标", "数量指标", "监测点位", "监测点位", "≥6个")
              .text();
      ImportResult result = readText(text);
      assertThat(result.problems()).isEmpty();
      Project p = result.document().projects().get(0);
      assertThat(p.unit()).isEqualTo(new BudgetUnit(new UnitCode("543001"), "承德市自然资源和规划局本级"));
      assertThat(p.budget()).isNull();
      assertThat(p.fundUse()).isNull();
      assertThat(p.goals()).isEmpty();
    }

    @Test
    void warnsAboutTextBetweenRowsThatBelongsToNoCell() {
      String text =
          new LayoutAText()
              .title(1, "监测项目绩效目标表")
              .header("358101天津市规划和自然资源局财务管理处", "监测项目", "10.00", "用于监测", "1.完成监测")
              .indicatorHeader()
              .line("注：本表为示例")
              .blank()
              .row("产出指标", "数量指标", "监测点位", "监测点位", "≥6个")
              .text();
      ImportResult result = readText(text);
      assertThat(result.ok()).isTrue();
      assertThat(result.problems())
          .singleElement()
          .satisfies(
              w -> {
                assertThat(w.code()).isEqualTo("IMP-STRAY-TEXT");
                assertThat(w.line()).isEqualTo(30);
                assertThat(w.message()).contains("注：本表为示例");
              });
    }
  }
}
