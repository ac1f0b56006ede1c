package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jixiao.model.Budget;
import io.jixiao.model.BudgetUnit;
import io.jixiao.model.Department;
import io.jixiao.model.FormKind;
import io.jixiao.model.FormSections;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorFacts;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.ProjectCode;
import io.jixiao.model.SelfEvaluation;
import io.jixiao.model.Sign;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TargetValue;
import io.jixiao.model.UnitCode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The synthetic forms of ../shared/forms, each with the extraction its README expects. */
class FormsTest {

  static Path form(String name) {
    Path p = Path.of("..", "shared", "forms", name).toAbsolutePath().normalize();
    assertThat(Files.isRegularFile(p)).as("form %s", p).isTrue();
    return p;
  }

  static TargetDocument read(String name) {
    ImportResult r = new DocumentReader().read(form(name));
    assertThat(r.errors()).isEmpty();
    return r.document();
  }

  static Indicator indicator(Project p, String name) {
    return p.indicators().stream()
        .filter(i -> name.equals(i.name()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no indicator " + name + " in " + p.name()));
  }

  static Money wan(String amount) {
    return Money.parse(amount);
  }

  static BigDecimal weightSum(Project p) {
    return p.indicators().stream()
        .map(i -> i.facts().weight())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Nested
  class SichuanDeclarationGrid {

    @Test
    void thePipeRowsGiveThreeProjectsWithTheirUnitsBudgetsAndWeights() {
      TargetDocument d = read("sichuan-shenbao-grid.md");

      assertThat(d.department()).isEqualTo(new Department("白果镇部门", 2024));
      assertThat(d.projects())
          .extracting(Project::name, Project::unit, Project::budget, Project::code)
          .containsExactly(
              tuple("农村公路日常养护经费", unit("346001", "岷溪县白果镇人民政府"),
                  new Budget(wan("128.64"), null, null), null),
              tuple("村(社区)便民服务中心运行经费", unit("346001", "岷溪县白果镇人民政府"),
                  new Budget(wan("74.25"), null, null), null),
              tuple("撂荒耕地复耕复种补助", unit("346002", "岷溪县白果镇农业综合服务中心"),
                  new Budget(wan("91.5"), null, null), null));
      assertThat(d.projects()).extracting(p -> p.indicators().size()).containsExactly(8, 7, 8);
      assertThat(d.indicatorCount()).isEqualTo(23);
      assertThat(d.projects()).extracting(FormsTest::weightSum)
          .usingElementComparator(BigDecimal::compareTo)
          .containsExactly(new BigDecimal(100), new BigDecimal(100), new BigDecimal(95));
      assertThat(d.projects().stream().map(p -> p.budget().total()).reduce(Money.ZERO, Money::plus))
          .isEqualTo(wan("294.39"));
      assertThat(d.projects()).allSatisfy(p -> {
        assertThat(p.facts().form()).isEqualTo(FormKind.DECLARATION);
        assertThat(p.goals()).hasSize(1);
      });
    }

    @Test
    void theSplitSignValueAndUnitColumnsJoinIntoOneParsedValue() {
      Project road = read("sichuan-shenbao-grid.md").projects().get(0);
      Indicator length = indicator(road, "养护村道里程");

      assertThat(length.level1()).isEqualTo("产出指标");
      assertThat(length.level2()).isEqualTo("数量指标");
      assertThat(length.value()).isEqualTo("≥48.6公里");
      assertThat(length.target())
          .isEqualTo(new TargetValue.Quantity(Sign.GE, new BigDecimal("48.6"), "公里", null));
      assertThat(length.facts().weight()).isEqualByComparingTo("20");
      assertThat(length.facts().direction()).isEqualTo("正向指标");

      Indicator cost = indicator(road, "农产品运输成本");
      assertThat(cost.value()).isEqualTo("有所降低");
      assertThat(cost.target()).isInstanceOf(TargetValue.Qualitative.class);
      assertThat(cost.facts().weight()).isEqualByComparingTo("10");
    }

    @Test
    void aDeadlineSplitOverColumnsAndAnEqualSignAreRead() {
      TargetDocument d = read("sichuan-shenbao-grid.md");

      Indicator centres = indicator(d.projects().get(1), "保障便民服务中心数量");
      assertThat(centres.value()).isEqualTo("=9个");
      assertThat(centres.target())
          .isEqualTo(new TargetValue.Quantity(Sign.EQ, new BigDecimal("9"), "个", null));
      Indicator payout = indicator(d.projects().get(2), "补助资金兑付完成时间");
      assertThat(payout.value()).isEqualTo("≤11月");
      assertThat(payout.facts().direction()).isEqualTo("反向指标");
    }

    @Test
    void theTabSeparatedVersionGivesTheSameModelAsThePipeRows() {
      TargetDocument md = read("sichuan-shenbao-grid.md");
      TargetDocument txt = read("sichuan-shenbao-grid.txt");

      assertThat(txt.department()).isEqualTo(md.department());
      assertThat(txt.projects()).isEqualTo(md.projects());
    }
  }

  @Nested
  class GovernmentSiteHtmlTable {

    @Test
    void theTwoWordTablesOfThePageGiveTwoProjectsAndEighteenIndicators() {
      TargetDocument d = read("gov-site-target-table.html");

      assertThat(d.department()).isEqualTo(new Department("云岑县农业农村局", 2024));
      assertThat(d.projects())
          .extracting(
              Project::name, Project::unit, Project::budget, p -> p.facts().implementer(),
              p -> p.indicators().size())
          .containsExactly(
              tuple("2024年水稻绿色高质高效示范项目", unit("812001", "云岑县农业农村局"),
                  new Budget(wan("85.60"), wan("85.60"), wan("0.00")), "云岑县农业技术推广中心", 10),
              tuple("2024年动物疫病强制免疫补助项目", unit("812001", "云岑县农业农村局"),
                  new Budget(wan("52.00"), wan("46.20"), wan("5.80")), "云岑县动物疫病预防控制中心", 8));
      assertThat(d.indicatorCount()).isEqualTo(18);
      assertThat(d.projects()).allSatisfy(p -> {
        assertThat(p.code()).isNull();
        assertThat(p.facts().form()).isEqualTo(FormKind.TARGET);
        assertThat(p.goals()).singleElement().asString().startsWith(p.seq() == 1 ? "建设水稻" : "完成全县");
      });
    }

    @Test
    void rowspanColspanEntitiesAndSignsInTheirOwnSpanAreRead() {
      List<Project> projects = read("gov-site-target-table.html").projects();
      Project rice = projects.get(0);

      assertThat(List.of(
              indicator(rice, "示范片面积"),
              indicator(rice, "测土配方施肥技术覆盖率"),
              indicator(rice, "亩均补助标准"),
              indicator(projects.get(1), "区域性重大动物疫情发生次数")))
          .extracting(Indicator::level1, Indicator::level2, Indicator::value)
          .containsExactly(
              tuple("产出指标", "数量指标", "≥6000亩"),
              tuple("产出指标", "质量指标", "≥95%"),
              tuple("成本指标", "经济成本指标", "≤140元/亩"),
              tuple("效益指标", "社会效益指标", "0次"));
      assertThat(indicator(rice, "示范片面积").target())
          .isEqualTo(new TargetValue.Quantity(Sign.GE, new BigDecimal("6000"), "亩", null));
    }
  }

  @Nested
  class HunanDeclarationWithLongTermAndAnnualBlocks {

    @Test
    void twoProjectsWithTheirHeaderFieldsFundSplitAndBlocks() {
      TargetDocument d = read("hunan-shenbao-longterm.txt");

      assertThat(d.department()).isEqualTo(new Department("湘浦市枫木桥镇人民政府", 2024));
      assertThat(d.projects())
          .extracting(
              Project::name, p -> p.facts().attribute(), p -> p.facts().implementer(),
              p -> p.facts().period(), Project::budget)
          .containsExactly(
              tuple("镇区雨污分流改造工程", "延续", "枫木桥镇城乡建设办公室", "2023年3月至2025年12月",
                  new Budget(wan("1386.50"), wan("1046.50"), wan("340.00"))),
              tuple("村级文化广场提质改造", "新增", "枫木桥镇综合文化站", "2024年1月至2024年12月",
                  new Budget(wan("268.40"), wan("268.40"), wan("0"))));
      assertThat(d.projects()).allSatisfy(p -> {
        assertThat(p.unit()).isEqualTo(unit("411027", "湘浦市枫木桥镇人民政府"));
        assertThat(p.code()).isNull();
        assertThat(p.facts().form()).isEqualTo(FormKind.DECLARATION);
        assertThat(p.facts().longTermGoals()).hasSize(1);
        assertThat(p.goals()).hasSize(1);
        assertThat(p.facts().basis()).isNotBlank();
      });
      assertThat(d.indicatorCount()).isEqualTo(22);
      assertThat(d.projects())
          .extracting(
              p -> terms(p, IndicatorFacts.Term.LONG), p -> terms(p, IndicatorFacts.Term.ANNUAL))
          .containsExactly(tuple(5L, 7L), tuple(4L, 6L));
    }

    @Test
    void blockIndicatorsInheritLevelsDropTheBookmarkAndKeepTheMissingPercent() {
      List<Project> projects = read("hunan-shenbao-longterm.txt").projects();
      Project sewer = projects.get(0);

      Indicator network = indicator(sewer, "新建雨污分流管网长度");
      assertThat(network.value()).isEqualTo("≥18.6公里");
      assertThat(network.facts().term()).isEqualTo(IndicatorFacts.Term.LONG);
      assertThat(network.facts().remark()).isEqualTo("三年累计");
      assertThat(indicator(sewer, "本年度铺设主干管网长度").value()).isEqualTo("≥7.2公里");
      Indicator households = indicator(sewer, "改造接户数");
      assertThat(households.level2()).isEqualTo("数量指标");
      assertThat(households.value()).isEqualTo("≥1150户");
      Indicator shops = indicator(sewer, "沿街商户满意度");
      assertThat(shops.level1()).isEqualTo("效益指标");
      assertThat(shops.level2()).isEqualTo("社会公众或服务对象满意度指标");
      // D3: the villagers' satisfaction of the annual block is printed without %
      Indicator villagers =
          projects.get(1).indicators().stream()
              .filter(i -> i.name().equals("村民满意度")
                  && i.facts().term() == IndicatorFacts.Term.ANNUAL)
              .findFirst()
              .orElseThrow();
      assertThat(villagers.value()).isEqualTo("≥90");
      assertThat(villagers.target())
          .isEqualTo(new TargetValue.Quantity(Sign.GE, new BigDecimal("90"), null, null));
    }
  }

  @Nested
  class SichuanSelfEvaluationOneCellPerLine {

    @Test
    void twoFormsWithCodesBudgetFiguresAndPrintedTotals() {
      TargetDocument d = read("sichuan-ziping-cellperline.txt");

      assertThat(d.projects())
          .extracting(
              Project::code, Project::name, p -> p.unit().name(), p -> p.facts().implementer(),
              p -> p.indicators().size())
          .containsExactly(
              tuple(new ProjectCode("51992724T000010417265"), "2024年乡村学校少年宫运行补助资金",
                  "嘉岭县教育和体育局部门", "嘉岭县教育和体育局", 7),
              tuple(new ProjectCode("51992724T000010452213"), "2024年食品安全抽检监测专项经费",
                  "嘉岭县市场监督管理局部门", "嘉岭县市场监督管理局", 7));
      assertThat(d.projects()).extracting(p -> p.facts().selfEvaluation())
          .containsExactly(
              new SelfEvaluation(wan("48.00"), wan("52.80"), wan("50.16"), Percent.of(95),
                  new BigDecimal("10"), new BigDecimal("9.50"), new BigDecimal("98.60"), "优"),
              new SelfEvaluation(wan("30.00"), wan("36.00"), wan("33.48"), Percent.of(93),
                  new BigDecimal("10"), new BigDecimal("9.30"), new BigDecimal("101.30"), null));
      assertThat(d.projects()).allSatisfy(p -> {
        assertThat(p.facts().form()).isEqualTo(FormKind.SELF_EVALUATION);
        assertThat(p.budget()).isEqualTo(new Budget(p.facts().selfEvaluation().initialBudget(),
            p.facts().selfEvaluation().initialBudget(), null));
        assertThat(weightSum(p)).isEqualByComparingTo("90");
      });
    }

    @Test
    void theOrphanTailBeforeTheFirstFormIsLeftOutWithAWarningThatSaysWhere() {
      ImportResult r = new DocumentReader().read(form("sichuan-ziping-cellperline.txt"));

      assertThat(r.problems())
          .filteredOn(q -> q.code().equals("IMP-FORM-ORPHAN"))
          .singleElement()
          .satisfies(q -> {
            assertThat(q.line()).isEqualTo(1);
            assertThat(q.table()).isNull();
            assertThat(q.message()).contains("第 1–6 行的 6 个单元格").contains("不属于任何项目");
          });
      assertThat(r.document().projects()).extracting(Project::name)
          .doesNotContain("存在问题", "改进措施");
    }

    @Test
    void indicatorsCarryTheirActualWeightScoreAndReason() {
      List<Project> projects = read("sichuan-ziping-cellperline.txt").projects();

      assertThat(List.of(
              indicator(projects.get(0), "补助乡村学校少年宫数量"),
              indicator(projects.get(0), "参与活动学生人数"),
              indicator(projects.get(0), "少年宫常态化运行"),
              indicator(projects.get(1), "单批次平均检验费用")))
          .extracting(
              Indicator::level1, Indicator::level2, Indicator::value, i -> i.facts().actual(),
              i -> i.facts().weight().toPlainString(), i -> i.facts().score().toPlainString())
          .containsExactly(
              tuple("产出指标", "数量指标", "≥16个", "16", "20", "20"),
              tuple("效益指标", "社会效益指标", "≥4800人", "4512", "15", "14.1"),
              tuple("效益指标", "可持续影响指标", "长期", "长期", "10", "10"),
              // D2: the score 12 above the weight 10 is kept as printed for the review
              tuple("产出指标", "经济成本指标", "≤500元", "443", "10", "12"));
      assertThat(indicator(projects.get(0), "参与活动学生人数").facts().reason())
          .startsWith("两所学校暑期校舍维修");
    }
  }


  @Nested
  class FujianOverallTargetFromAnXlsPage {

    @Test
    void theOverallTableGivesDepartmentMoneyGoalsDutiesAndNineIndicators() {
      TargetDocument d = read("fujian-zhengti-target.txt");

      assertThat(d.department()).isEqualTo(new Department("东屿市科学技术协会", 2024));
      assertThat(d.projects()).hasSize(1);
      Project p = d.projects().get(0);
      assertThat(p.facts().form()).isEqualTo(FormKind.OVERALL);
      assertThat(p.unit()).isEqualTo(unit("604002011", "东屿市科学技术协会"));
      assertThat(p.budget()).isEqualTo(new Budget(wan("286.75"), null, null));
      FormSections s = p.facts().sections();
      assertThat(s.projectSpending()).isEqualTo(wan("94.5"));
      assertThat(s.basicSpending()).isEqualTo(wan("192.25"));
      assertThat(s.projectSpending().plus(s.basicSpending())).isEqualTo(p.budget().total());
      assertThat(p.goals()).hasSize(4);
      assertThat(p.goals().get(0)).startsWith("目标1:保障机关");
      assertThat(p.goals().get(3)).startsWith("目标4:");
      assertThat(s.duties())
          .extracting(FormSections.Duty::project, FormSections.Duty::amount)
          .containsExactly(
              tuple("科普活动经费", wan("52.3")),
              tuple("基层科普行动计划补助", wan("30")),
              tuple("学术交流活动经费", wan("12.2")),
              tuple("基本支出", wan("192.25")));
      assertThat(s.duties().get(0).function()).isEqualTo("组织开展群众性科普活动");
      assertThat(s.duties().get(0).task()).isEqualTo("全年开展科普活动不少于40场");
      assertThat(d.indicatorCount()).isEqualTo(9);
    }

    @Test
    void continuationRowsInheritTheirLevelsAndExcelFractionsAreKeptAndFlagged() {
      ImportResult r = new DocumentReader().read(form("fujian-zhengti-target.txt"));
      Project p = r.document().projects().get(0);

      assertThat(List.of(
              indicator(p, "开展群众性科普活动场次"),
              indicator(p, "扶持农技协和科普示范基地数量"),
              indicator(p, "科普活动方案审定率"),
              indicator(p, "科普活动参与群众满意度"),
              indicator(p, "公民具备科学素质比例")))
          .extracting(Indicator::level1, Indicator::level2, Indicator::value)
          .containsExactly(
              tuple("产出指标", "数量指标", "≥40场"),
              tuple("产出指标", "数量指标", "12个"),
              tuple("产出指标", "质量指标", "1"),
              tuple("满意度指标", "服务对象满意度指标", "0.95"),
              tuple("效益指标", "社会效益指标", "较上年提高"));
      assertThat(indicator(p, "开展群众性科普活动场次").description()).isEqualTo("≥40场(计划标准)");
      assertThat(r.problems())
          .filteredOn(q -> q.code().equals("IMP-FORM-FRACTION"))
          .extracting(ImportProblem::field)
          .containsExactly("科普活动方案审定率", "工资福利发放准确率", "科普活动参与群众满意度");
      assertThat(r.problems()).filteredOn(q -> q.code().equals("IMP-FORM-FRACTION"))
          .last().extracting(ImportProblem::message).asString().contains("95%");
    }
  }

  @Nested
  class HubeiTargetGluedWithoutSeparators {

    @Test
    void twoProjectsWithHeaderFieldsAndCostBreakdownsSplitAgainstTheTotalRow() {
      ImportResult r = new DocumentReader().read(form("hubei-cost-breakdown.txt"));
      List<Project> projects = r.document().projects();

      assertThat(r.errors()).isEmpty();
      assertThat(r.problems()).extracting(ImportProblem::code).doesNotContain("IMP-FORM-RUN-ON");
      assertThat(projects)
          .extracting(
              Project::name, p -> p.facts().form(), p -> p.facts().category(),
              p -> p.facts().nature(), Project::budget, Project::code, p -> p.indicators().size())
          .containsExactly(
              tuple("市图书馆免费开放运行保障", FormKind.TARGET, "本级支出项目", "持续性项目",
                  new Budget(wan("260"), null, null), null, 8),
              tuple("全民阅读推广活动经费", FormKind.TARGET, "本级支出项目", "一次性项目",
                  new Budget(wan("50"), null, null), null, 7));
      assertThat(projects.get(0).facts().basis()).isEqualTo("《公共图书馆法》及市图书馆机构职能规定");
      assertThat(projects.get(0).facts().sections().costs())
          .containsExactly(
              new FormSections.CostItem("物业管理服务费", wan("126"), "依据政府采购合同", wan("118"),
                  wan("126")),
              new FormSections.CostItem("文献资源加工费", wan("48"), "按年新增4.8万册×10元/册测算",
                  wan("41.5"), wan("45.2")),
              new FormSections.CostItem("电费及设备运维费", wan("86"), "按近三年平均用电量及维保合同测算",
                  wan("79.36"), wan("83.04")));
      assertThat(projects.get(1).facts().sections().costs())
          .extracting(FormSections.CostItem::item, FormSections.CostItem::spentTwoYearsAgo,
              FormSections.CostItem::spentLastYear)
          .containsExactly(
              tuple("阅读推广活动场次费用", wan("30"), wan("33.6")),
              tuple("宣传品印制费", wan("7.2"), wan("8")),
              tuple("专家讲座劳务费", wan("4.8"), wan("5")));
    }

    @Test
    void levelOneIsInferredFromTheLevelTwoLabelsAndOcrSignsAreFlagged() {
      ImportResult r = new DocumentReader().read(form("hubei-cost-breakdown.txt"));
      List<Project> projects = r.document().projects();

      assertThat(List.of(
              indicator(projects.get(0), "年免费开放天数"),
              indicator(projects.get(0), "文献编目加工差错率"),
              indicator(projects.get(0), "项目支出总额"),
              indicator(projects.get(0), "年接待读者人次"),
              indicator(projects.get(1), "活动完成时间"),
              indicator(projects.get(1), "参与群众满意度")))
          .extracting(Indicator::level1, Indicator::level2, Indicator::value)
          .containsExactly(
              tuple("产出指标", "数量指标", "2300天"),
              tuple("产出指标", "质量指标", "<1%"),
              tuple("产出指标", "成本指标", "≤260万元"),
              tuple("效益指标", "社会效益指标", ">45万人次"),
              tuple("产出指标", "时效指标", "2023年11月底前"),
              tuple("满意度指标", "服务对象满意度指标", "295%"));
      assertThat(indicator(projects.get(0), "新增文献加工入藏量").description())
          .isEqualTo("反映年度新增馆藏加工完成情况");
      assertThat(r.problems())
          .filteredOn(q -> q.code().equals("IMP-FORM-OCR-SIGN"))
          .extracting(ImportProblem::field)
          .containsExactly("年免费开放天数", "读者咨询答复率", "参与群众满意度");
    }

    @Test
    void gluedNumbersAreSplitInEveryWayThatReadsAsAmounts() {
      assertThat(GluedTextGridReader.splits("41.545.2", 2))
          .extracting(a -> String.join("|", a))
          .containsExactly("41.5|45.2", "41.54|5.2");
      assertThat(GluedTextGridReader.splits("118126", 2))
          .extracting(a -> String.join("|", a))
          .containsExactly("1|18126", "11|8126", "118|126", "1181|26", "11812|6");
    }
  }

  @Nested
  class WebPageWithFlattenedPdfText {

    @Test
    void isRefusedWithAMessageNamingTheRecognisedFormAndWhyItIsNotRead() {
      ImportResult r = new DocumentReader().read(form("web-page-noise.txt"));

      assertThat(r.document()).isNull();
      assertThat(r.errors())
          .singleElement()
          .satisfies(q -> {
            assertThat(q.code()).isEqualTo("IMP-NO-TABLES");
            assertThat(q.line()).isEqualTo(9);
            assertThat(q.message())
                .contains("部门整体支出绩效目标申报表", "连排文本", "标签与数值交错", "原始文件");
          });
    }
  }

  @Nested
  class AnhuiSelfEvaluationRunOnWithPointsInLevelOneCells {

    @Test
    void twoFormsWithUnitsBudgetFiguresPrintedTotalsAndGrades() {
      ImportResult r = new DocumentReader().read(form("anhui-ziping-points.txt"));
      TargetDocument d = r.document();

      assertThat(r.errors()).isEmpty();
      assertThat(d.department()).isEqualTo(new Department("宣川区梅岭镇人民政府", 2023));
      assertThat(d.projects())
          .extracting(
              Project::name, Project::unit, p -> p.facts().implementer(), p -> p.facts().form(),
              p -> p.indicators().size())
          .containsExactly(
              tuple("农村人居环境整治长效管护项目", unit("226", "宣川区梅岭镇人民政府"),
                  "226001-宣川区梅岭镇人民政府", FormKind.SELF_EVALUATION, 10),
              tuple("农村饮水安全工程维修养护项目", unit("226", "宣川区梅岭镇人民政府"),
                  "226003-宣川区梅岭镇农业农村综合服务中心", FormKind.SELF_EVALUATION, 8));
      // form 1 prints a zero 年度资金总额 row: the figures come from 本年财政拨款, the printed
      // 执行率 0, 得分 0 and 总分 87.8 stay as printed for the review to compare
      assertThat(d.projects()).extracting(p -> p.facts().selfEvaluation())
          .containsExactly(
              new SelfEvaluation(wan("120"), wan("118.6"), wan("112.67"), Percent.of(0),
                  new BigDecimal("10"), new BigDecimal("0"), new BigDecimal("87.8"), "良"),
              new SelfEvaluation(wan("45"), wan("45"), wan("43.2"), Percent.of(96),
                  new BigDecimal("10"), new BigDecimal("9.6"), new BigDecimal("99.6"), "优"));
      assertThat(d.projects()).extracting(Project::budget)
          .containsExactly(new Budget(wan("120"), wan("120"), null),
              new Budget(wan("45"), wan("45"), null));
      assertThat(r.problems())
          .filteredOn(q -> q.code().equals("IMP-FORM-ZERO-TOTAL"))
          .singleElement()
          .satisfies(q -> assertThat(q.table()).isEqualTo(1));
      assertThat(r.problems()).extracting(ImportProblem::code).doesNotContain("IMP-FORM-RUN-ON");
    }

    @Test
    void levelOnePointsAreStrippedAndRowsWithoutLabelsInheritTheirLevels() {
      List<Project> projects = read("anhui-ziping-points.txt").projects();

      assertThat(projects).allSatisfy(p -> {
        assertThat(p.facts().sections().levelPoints())
            .containsExactly(
                org.assertj.core.api.Assertions.entry("产出指标", new BigDecimal("50")),
                org.assertj.core.api.Assertions.entry("效益指标", new BigDecimal("30")),
                org.assertj.core.api.Assertions.entry("满意度指标", new BigDecimal("10")));
        assertThat(weightSum(p)).isEqualByComparingTo("90");
        assertThat(p.goals()).hasSize(1);
        assertThat(p.facts().sections().goalResults()).hasSize(1);
      });
      assertThat(List.of(
              indicator(projects.get(0), "覆盖行政村数量"),
              indicator(projects.get(0), "生活垃圾无害化处理率"),
              indicator(projects.get(0), "村庄保洁达标率"),
              indicator(projects.get(0), "村容村貌改善程度"),
              indicator(projects.get(0), "项目总成本"),
              indicator(projects.get(1), "维修完成时间")))
          .extracting(
              Indicator::level1, Indicator::level2, Indicator::value, i -> i.facts().actual(),
              i -> i.facts().weight().toPlainString(), i -> i.facts().score().toPlainString())
          .containsExactly(
              tuple("产出指标", "数量指标", "≥14个", "14", "10", "10"),
              tuple("产出指标", "质量指标", "≥95百分比", "96", "8", "8"),
              tuple("产出指标", "质量指标", "≥90%", "88%", "8", "7.8"),
              tuple("效益指标", "社会效益指标", "明显改善", "达成预期指标", "10", "10"),
              tuple("产出指标", "成本指标", "≤118.6万元", "112.67", "8", "8"),
              tuple("产出指标", "时效指标", "2023年10月底前", "2023年10月", "10", "10"));
      assertThat(indicator(projects.get(0), "村庄保洁达标率").facts().reason())
          .isEqualTo("雨季部分村组保洁频次不足,已增配保洁员并加强巡查");
      assertThat(indicator(projects.get(0), "垃圾清运及时性").facts().reason()).isNull();
      // 经济效益指标 has no indicator under it
      assertThat(projects.get(0).indicators()).extracting(Indicator::level2)
          .doesNotContain("经济效益指标");
      assertThat(indicator(projects.get(0), "生活垃圾无害化处理率").target())
          .isEqualTo(new TargetValue.Quantity(Sign.GE, new BigDecimal("95"), "%", null));
    }
  }

  @Nested
  class PrintedValuesThatCannotMeanWhatTheySay {

    @Test
    void anOcrTwoForGreaterOrEqualIsKeptAsPrintedAndFlagged() throws Exception {
      String text = Files.readString(form("fujian-zhengti-target.txt"))
          .replace("95%(计划标准) 0.95", "95%(计划标准) 295%");

      ImportResult r = new DocumentReader().readText("ocr.txt", text);

      Indicator satisfaction = indicator(r.document().projects().get(0), "科普活动参与群众满意度");
      assertThat(satisfaction.value()).isEqualTo("295%");
      assertThat(r.problems())
          .filteredOn(q -> q.code().equals("IMP-FORM-OCR-SIGN"))
          .singleElement()
          .satisfies(q -> {
            assertThat(q.field()).isEqualTo("科普活动参与群众满意度");
            assertThat(q.message()).contains("≥95%");
          });
    }

    @Test
    void aPossibleValueStartingWithTwoIsNotFlagged() throws Exception {
      String text = Files.readString(form("fujian-zhengti-target.txt"))
          .replace("95%(计划标准) 0.95", "95%(计划标准) 25%");

      ImportResult r = new DocumentReader().readText("ok.txt", text);

      assertThat(r.problems()).extracting(ImportProblem::code).doesNotContain("IMP-FORM-OCR-SIGN");
    }
  }

  @Nested
  class FujianOverallSelfEvaluationWithAmountsInYuan {

    @Test
    void theFundingStructureInYuanBecomesExactWanWithAWarning() {
      ImportResult r = new DocumentReader().read(form("zhengti-ziping.txt"));
      TargetDocument d = r.document();

      assertThat(d.department()).isEqualTo(new Department("东屿市档案馆", 2023));
      Project p = d.projects().get(0);
      assertThat(p.facts().form()).isEqualTo(FormKind.OVERALL_SELF_EVALUATION);
      assertThat(p.unit()).isEqualTo(unit("604015001", "东屿市档案馆"));
      assertThat(p.facts().selfEvaluation())
          .isEqualTo(new SelfEvaluation(wan("318.642"), wan("339.70005"), wan("319.318047"),
              Percent.of(94), null, null, new BigDecimal("99.9"), null));
      assertThat(r.problems()).extracting(ImportProblem::code).contains("IMP-FORM-SCALE");
      assertThat(p.goals()).hasSize(3);
      assertThat(p.facts().sections().goalResults()).hasSize(3);
      assertThat(p.facts().sections().goalResults().get(1)).startsWith("目标2完成情况:完成扫描126万页");
    }

    @Test
    void eightIndicatorsNamedByTheirExplanationWithPointsActualsAndScores() {
      Project p = read("zhengti-ziping.txt").projects().get(0);

      assertThat(p.indicators()).hasSize(8);
      assertThat(List.of(
              indicator(p, "馆藏档案数字化扫描页数"),
              indicator(p, "数字化成果抽检合格率"),
              indicator(p, "数字化扫描单页成本"),
              indicator(p, "查档群众满意度")))
          .extracting(
              Indicator::level1, Indicator::level2, Indicator::value, i -> i.facts().actual(),
              i -> i.facts().weight().toPlainString(), i -> i.facts().score().toPlainString())
          .containsExactly(
              tuple("产出指标", "数量指标", "≥120万页", "126万页", "20", "20"),
              tuple("产出指标", "质量指标", "≥98%", "97.5%", "10", "9.9"),
              tuple("产出指标", "成本指标", "≤0.45元/页", "0.43元/页", "10", "10"),
              tuple("满意度指标", "服务对象满意度指标", "≥95%", "97%", "10", "10"));
      assertThat(weightSum(p)).isEqualByComparingTo("100");
      assertThat(p.indicators().stream().map(i -> i.facts().score())
              .reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo("99.9");
      assertThat(p.facts().sections().levelPoints())
          .containsExactly(
              org.assertj.core.api.Assertions.entry("产出指标", new BigDecimal("60")),
              org.assertj.core.api.Assertions.entry("效益指标", new BigDecimal("30")),
              org.assertj.core.api.Assertions.entry("满意度指标", new BigDecimal("10")));
    }
  }

  static long terms(Project p, IndicatorFacts.Term term) {
    return p.indicators().stream().filter(i -> i.facts().term() == term).count();
  }

  static BudgetUnit unit(String code, String name) {
    return new BudgetUnit(new UnitCode(code), name);
  }
}
