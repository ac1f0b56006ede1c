package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.model.Department;
import io.jixiao.model.DepartmentGoals;
import io.jixiao.model.DepartmentGoals.Measure;
import io.jixiao.model.DepartmentGoals.SubGoal;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrontMatterReaderTest {

  private final FrontMatterReader reader = new FrontMatterReader();

  private static SourceText seed(String name) throws IOException {
    return new SourceText(name, Files.readString(Seeds.path(name)));
  }

  private static List<String> titles(DepartmentGoals goals) {
    return goals.subGoals().stream().map(SubGoal::title).toList();
  }

  @Nested
  class Chengde {

    private final Problems problems = new Problems(Seeds.CHENGDE);
    private final DepartmentGoals goals;
    private final Department department;

    Chengde() throws IOException {
      SourceText text = seed(Seeds.CHENGDE);
      department = reader.department(text, problems);
      goals = reader.overall(text, problems);
    }

    @Test
    void readsTheDepartmentFromTheCoverLineAboveTheYear() {
      assertThat(department).isEqualTo(new Department("承德市自然资源和规划局", 2023));
    }

    @Test
    void takesPartOneFromTheBodyNotFromTheTableOfContents() {
      assertThat(goals).isNotNull();
      assertThat(goals.summary()).startsWith("以习近平新时代中国特色社会主义思想为指导，紧紧围绕国家、省、市自然资源和规划管理中心工作");
      assertThat(goals.summary()).endsWith("努力提升资源节约集约利用水平，促进自然资源保护与合理开发利用。");
      assertThat(goals.summary()).doesNotContain("\n").doesNotContain("总体绩效目标");
    }

    @Test
    void readsTheSixSubGoalTitlesWithoutTheirNumbering() {
      assertThat(titles(goals))
          .containsExactly(
              "全民所有自然资源资产所有者职责得以行使",
              "国土空间用途管制职责得到履行",
              "国土空间生态保护修复监督检查职责进一步落实",
              "矿产资源勘查保护及地灾防治管理科学有效",
              "测绘地理信息服务能力进一步提高",
              "自然资源和规划管理水平整体提升");
    }

    @Test
    void joinsAGoalSplitByAPageBreakWithNothing() {
      SubGoal first = goals.subGoals().get(0);
      assertThat(first.goal())
          .startsWith("自然资源资产产权制度体系构建加快，年度国土变更调查工作圆满完成")
          .contains("进一步加强自然资源市场监管，增强市场信用体系管理，促进资源节约集约利用")
          .endsWith("使自然资源评价评估和自然资源资产所有者管理水平得以提升，。");
    }

    @Test
    void keepsProseIndicatorsAsOneElement() {
      SubGoal first = goals.subGoals().get(0);
      assertThat(first.indicators()).hasSize(1);
      assertThat(first.indicators().get(0))
          .startsWith("高质量完成 2022 年度国土调查，开展自然资源调查监测")
          .endsWith("保护地内的矿业权实现稳妥有序退出。");
      assertThat(goals.subGoals().get(3).indicators())
          .containsExactly(
              "全市基础地质资料的全面性和精准度得到提高，落实矿产资源储量动态监督管理工作、家底清晰，矿产资源开采秩序科学规范，"
                  + "绿色矿山建设任务圆满完成，地质灾害隐患点核查排查率达到90%以上。");
      assertThat(goals.subGoals()).allSatisfy(s -> assertThat(s.indicators()).hasSize(1));
    }

    @Test
    void takesTheParagraphBeforeTheIndicatorsAsGoalWhenTheLabelIsMissing() {
      assertThat(goals.subGoals().get(1).goal())
          .isEqualTo("各项制度规定得到落实，安全和谐、富有竞争力和可持续发展的国土空间格局初步形成。");
      assertThat(goals.subGoals().get(2).goal())
          .isEqualTo("矿山地质环境治理工作有序开展，及时推动全域土地综合整治试点工作，国土空间生态修复水平进一步提高。");
    }

    @Test
    void splitsEachMeasureIntoTitleAndText() {
      assertThat(goals.measures())
          .extracting(Measure::title)
          .containsExactly("完善制度建设", "强化绩效监控评价管理", "严格执行预算", "规范监督管理", "加强新职责新定位宣传");
      Measure first = goals.measures().get(0);
      assertThat(first.text())
          .startsWith("编制了《承德市自然资源和规划局内部控制规范工作手册》")
          .contains("围绕年度总体绩效目标和分类绩效目标，细化工作方案")
          .endsWith("确保如期完成。");
      assertThat(goals.measures().get(4).text())
          .startsWith("加大自然资源和规划部门“两个统一”职责宣传力度")
          .endsWith("为新时代全面建设生态强市、魅力承德做出新的更大贡献。");
    }

    @Test
    void reportsNoProblems() {
      assertThat(problems.all()).isEmpty();
    }
  }

  @Nested
  class Shijiazhuang {

    private final Problems problems = new Problems(Seeds.SHIJIAZHUANG);
    private final DepartmentGoals goals;
    private final Department department;

    Shijiazhuang() throws IOException {
      SourceText text = seed(Seeds.SHIJIAZHUANG);
      department = reader.department(text, problems);
      goals = reader.overall(text, problems);
    }

    @Test
    void readsTheDepartmentFromTheTitleBeforeTheYear() {
      assertThat(department).isEqualTo(new Department("石家庄高新区自然资源和规划住建局", 2023));
    }

    @Test
    void keepsTheSummaryParagraphsApartIncludingTheNumberedOnes() {
      List<String> paragraphs = List.of(goals.summary().split("\n"));
      assertThat(paragraphs).hasSize(6);
      assertThat(paragraphs.get(0))
          .isEqualTo("2023 年，我局将在工委管委的领导下，立足本职，拼博实干，担当作为，创新发展，奋力开创高质量发展新局面。");
      assertThat(paragraphs.get(1)).startsWith("（一）强化土地要素保障。积极推进土地征收组卷");
      assertThat(paragraphs.get(5))
          .isEqualTo("（五）抓好信访维稳工作。提高预判能力，加大各类信访矛盾隐患排查化解力度，及时协调解决群众反映的突出问题。");
    }

    @Test
    void readsAllTwentySixSubGoalTitles() {
      assertThat(titles(goals))
          .containsExactly(
              "综合事务管理",
              "自然资源、规划、城建档案管理工作",
              "党建工作",
              "耕地保护",
              "土地征收征用",
              "国有土地使用权收回收购",
              "国有土地上房屋征收与补偿",
              "城中村改造工作",
              "土地利用",
              "测绘地理信息管理",
              "国土空间规划编制和管理",
              "造林绿化",
              "相关建设工程计划编制与实施",
              "建筑节能与防雷",
              "出具守法证明及承接市交通部门相关工作",
              "老旧小区改造及房屋安全工作",
              "建筑市场主体资质认定及城建档案管理",
              "指导全区建筑活动及进区项目开工和施工阶段协调指导服务工作",
              "建设工程消防设计审查验收",
              "人民防空管理",
              "不动产登记及信息平台建设",
              "房地产市场管理",
              "物业管理",
              "保障房管理",
              "建设市场管理与监督",
              "自然资源执法监察");
    }

    @Test
    void joinsAGoalSplitOverAPageWithoutAMark() {
      assertThat(goals.subGoals().get(0).goal())
          .isEqualTo("提升机关及行业信息化水平，保障各类业务系统安全稳定运行；加大信息宣传力度，创造良好舆论氛围。" + "组织文娱活动，提高干部职工文化和身体素质。");
      assertThat(goals.subGoals().get(10).goal()).endsWith("为高新区管委会决策提供依据；做好国土年度变更调查，及时上报市局。");
      assertThat(goals.subGoals().get(23).goal())
          .isEqualTo("完成城镇保障性安居工程年度建设任务，建立健全公平、公正、公开的分配机制和优质、高效管理服务机制，" + "做好保障性住房的后期管理工作。");
    }

    @Test
    void readsOneIndicatorPerLineWithLatexSignsAsCharacters() {
      assertThat(goals.subGoals().get(0).indicators())
          .containsExactly(
              "法律法规教育普及率 ≥90%",
              "人事管理工作完成率 ≥90%", "财务和资产管理、信息化建设、标准化建设工作完成率 ≥90%", "会议组织管理、后勤工作完成率 ≥90%");
      assertThat(goals.subGoals().get(1).indicators())
          .containsExactly("档案资料完好率 ≥90%", "档案整理、移交、接收、管理、保存工作完成率 ≥90%", "利用档案人次 ≥ 100");
      assertThat(goals.subGoals().get(2).indicators())
          .containsExactly("党员发展 100%", "党务工作完成率 ≥90%", "组织党建活动 ≥ 4 次");
      assertThat(goals.subGoals().get(11).indicators())
          .containsExactly(
              "加强生态林养护管理，禁止乱砍滥伐、侵占林地 ≥90%", "租地补偿资金发放率 ≥85%", "生态林小班成活率达到85%以上，巩固石环公路绿化成果 ≥85%");
      assertThat(goals.subGoals().get(25).indicators())
          .containsExactly(
              "土地卫片执法检查监督检查年度任务完成率 ≥95%",
              "重大典型违法案件调查反馈率 ≥90%", "房地产及孵化器项目巡查任务完成率 ≥90%", "违法举报督办案件反馈率 ≥95%");
      assertThat(goals.subGoals().stream().mapToInt(s -> s.indicators().size()).sum())
          .isEqualTo(83);
    }

    @Test
    void readsTheSevenMeasuresWithTheirParagraphs() {
      assertThat(goals.measures())
          .extracting(Measure::title)
          .containsExactly(
              "完善制度建设", "加强支出管理", "加强绩效运行监控", "做好绩效自评", "规范财务资产管理", "加强内部监督", "加强宣传培训调研等");
      assertThat(goals.measures().get(0).text())
          .startsWith("修订完善部门财务管理制度，筑牢制度的篱笆")
          .endsWith("为全年预算绩效目标的实现奠定制度基础。");
      assertThat(goals.measures().get(3).text())
          .contains("提高项目及后续资金的使用效率，提高项目资金使用能力，确保有限资金发挥效益更大化。");
      assertThat(goals.measures().get(6).text())
          .startsWith("因应机构改革、业务移交等新情况、新问题")
          .endsWith("促进部门财务管理尤其是预算绩效管理的上水平。");
    }

    @Test
    void reportsNoProblems() {
      assertThat(problems.all()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {Seeds.TIANJIN_PLANNING, Seeds.TIANJIN_ECOLOGY})
  void findsNeitherDepartmentNorPartOneInTheTianjinTables(String name) throws IOException {
    SourceText text = seed(name);
    Problems problems = new Problems(name);
    assertThat(reader.department(text, problems)).isNull();
    assertThat(reader.overall(text, problems)).isNull();
    assertThat(problems.all()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "保定市财政局2024年部门预算绩效目标|保定市财政局|2024",
        "唐山市水利局部门预算绩效文本（2024年）|唐山市水利局|2024",
        "# 沧州市民政局 2025 年度单位预算公开|沧州市民政局|2025",
        "廊坊市文化广电和旅游局\\n\\n2022年度部门预算\\n（草案）|廊坊市文化广电和旅游局|2022",
        "**衡水市审计局**  \\n2024 年部门整体支出绩效目标|衡水市审计局|2024",
        "天津市生态环境局（本级）2023年部门预算|天津市生态环境局（本级）|2023"
      })
  void readsDifferentlyWordedCovers(String cover, String name, int year) {
    SourceText text = new SourceText("cover.txt", cover.replace("\\n", "\n") + "\n\n正文。\n");
    assertThat(reader.department(text, new Problems("cover.txt")))
        .isEqualTo(new Department(name, year));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "358101天津市规划和自然资源局财务管理处\\n单位：万元",
        "[bookmark: _Toc1]3.2023年度林草生态综合监测绩效目标表\\n358101天津市规划和自然资源局",
        "（草案）\\n2024年部门预算",
        "按照有关规定，现将本局2023年部门预算公开如下：",
        "2024年部门预算",
        "河北省\\n2024年部门预算",
        "目 录\\n邢台市林业局\\n2024年部门预算"
      })
  void namesNoDepartmentWhenTheCoverIsUnclear(String cover) {
    SourceText text = new SourceText("cover.txt", cover.replace("\\n", "\n") + "\n");
    assertThat(reader.department(text, new Problems("cover.txt"))).isNull();
  }

  @Test
  void readsAPartOneWithoutMeasures() {
    String doc =
        """
        秦皇岛市农业农村局2024年部门预算信息公开

        一、部门职责

        负责全市农业农村工作。

        第一部分 部门整体绩效目标

        （一）总体绩效目标

        稳定粮食生产，推进乡村振兴。

        （二）分项绩效目标

        1.粮食生产

        绩效目标：粮食播种面积稳定。

        绩效指标：

        粮食播种面积 ≥ 300 万亩

        （1）高标准农田建设 $\\geq 20$ 万亩

        2.农村人居环境整治

        绩效目标：改善农村人居环境，
        推进厕所革命。

        绩效指标：农村卫生厕所普及率稳步提高。

        第二部分 预算项目绩效目标

        1、农业项目绩效目标表
        """;
    Problems problems = new Problems("qhd.txt");
    SourceText text = new SourceText("qhd.txt", doc);
    assertThat(reader.department(text, problems)).isEqualTo(new Department("秦皇岛市农业农村局", 2024));
    DepartmentGoals goals = reader.overall(text, problems);
    assertThat(goals.summary()).isEqualTo("稳定粮食生产，推进乡村振兴。");
    assertThat(goals.subGoals())
        .containsExactly(
            new SubGoal("粮食生产", "粮食播种面积稳定。", List.of("粮食播种面积 ≥ 300 万亩", "高标准农田建设 ≥20 万亩")),
            new SubGoal("农村人居环境整治", "改善农村人居环境，推进厕所革命。", List.of("农村卫生厕所普及率稳步提高。")));
    assertThat(goals.measures()).isEmpty();
    assertThat(problems.all()).isEmpty();
  }

  @Test
  void readsMarkdownHeadingsAndTitlesWithTheirGoalOnTheSameLine() {
    String doc =
        """
        ## 部门整体绩效目标

        ### 总体目标

        完成年度各项任务。

        ### 分项目标

        一、信息化建设。绩效目标：系统稳定运行。

        绩效指标：

        ① 系统可用率 ≥99%

        ② 故障响应时间 ≤2小时

        二、人员培训

        绩效目标：提升业务能力。

        绩效指标：培训覆盖全员。

        ### 保障措施

        **（一）加强组织领导**

        成立领导小组。

        统筹推进工作。

        （二）强化资金管理：严格执行预算。

        ## 第二部分 项目绩效目标表
        """;
    DepartmentGoals goals = reader.overall(new SourceText("md.txt", doc), new Problems("md.txt"));
    assertThat(goals.subGoals())
        .containsExactly(
            new SubGoal("信息化建设", "系统稳定运行。", List.of("系统可用率 ≥99%", "故障响应时间 ≤2小时")),
            new SubGoal("人员培训", "提升业务能力。", List.of("培训覆盖全员。")));
    assertThat(goals.measures())
        .containsExactly(new Measure("加强组织领导", "成立领导小组。统筹推进工作。"), new Measure("强化资金管理", "严格执行预算。"));
  }

  @Test
  void joinsParagraphsOnlyAcrossMarkedPageBreaksWhenTheDocumentMarksThem() {
    String marked =
        """
        # 部门整体绩效目标

        ## 一、总体绩效目标

        围绕年度重点工作，强化资金保障，提升服务水平并推动各项改革任务落地见效

        全面完成年度目标任务，确保资金安全

        ---

        有效。

        ## 二、分项绩效目标
        """;
    DepartmentGoals goals = reader.overall(new SourceText("m.txt", marked), new Problems("m.txt"));
    assertThat(goals.summary())
        .isEqualTo("围绕年度重点工作，强化资金保障，提升服务水平并推动各项改革任务落地见效\n全面完成年度目标任务，确保资金安全有效。");
  }

  @Test
  void aPageBreakMarkedOnlyAfterPartOneStillKeepsTheUnmarkedBreaksInsideItApart() {
    String partOne =
        """
        # 部门整体绩效目标

        ## 一、总体绩效目标

        围绕年度重点工作，强化资金保障，提升服务水平并推动各项改革任务落地见效

        全面完成年度目标任务，确保资金安全

        ## 二、分项绩效目标

        # 第二部分 预算项目绩效目标
        """;
    String markedLater = partOne + "\n说明\n\n---\n\n附表\n";
    DepartmentGoals unmarked =
        reader.overall(new SourceText("u.txt", partOne), new Problems("u.txt"));
    DepartmentGoals marked =
        reader.overall(new SourceText("m.txt", markedLater), new Problems("m.txt"));
    assertThat(unmarked.summary())
        .isEqualTo("围绕年度重点工作，强化资金保障，提升服务水平并推动各项改革任务落地见效全面完成年度目标任务，确保资金安全");
    assertThat(marked.summary())
        .isEqualTo("围绕年度重点工作，强化资金保障，提升服务水平并推动各项改革任务落地见效\n全面完成年度目标任务，确保资金安全");
  }

  @Test
  void findsAPartOneHeadingWhoseWordsAreSplitByMarkup() {
    String doc =
        """
        封面

        # 部门**整**体<b>绩效</b>目标[bookmark: _Toc1]

        ## 一、总体绩效目标

        保障机关正常运转。

        ## 二、分项绩效目标

        ### 1. 运转保障

        绩效目标：机关正常运转。

        绩效指标：运转率100%。
        """;
    DepartmentGoals goals = reader.overall(new SourceText("k.txt", doc), new Problems("k.txt"));
    assertThat(goals.summary()).isEqualTo("保障机关正常运转。");
    assertThat(titles(goals)).containsExactly("运转保障");
  }

  @Test
  void warnsWithTheLineWhenPartOneHasNoReadableSubGoals() {
    String doc =
        """
        第一部分 部门整体绩效目标

        （一）总体绩效目标

        保障机关正常运转。

        （二）分项绩效目标

        本年度无分项绩效目标。

        （三）工作保障措施

        1. 加强预算管理

        严格执行预算。

        第二部分 预算项目绩效目标
        """;
    Problems problems = new Problems("nosub.txt");
    DepartmentGoals goals = reader.overall(new SourceText("nosub.txt", doc), problems);
    assertThat(goals.summary()).isEqualTo("保障机关正常运转。");
    assertThat(goals.subGoals()).isEmpty();
    assertThat(goals.measures()).containsExactly(new Measure("加强预算管理", "严格执行预算。"));
    assertThat(problems.all())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.isError()).isFalse();
              assertThat(p.code()).isEqualTo("IMP-PART1-NO-SUBGOALS");
              assertThat(p.line()).isEqualTo(7);
              assertThat(p.message()).contains("分项绩效目标");
            });
  }

  @Test
  void warnsWhenAPartOneHeadingHasNothingUnderIt() {
    String doc = "目录\n\n第一部分 部门整体绩效目标\n\n第二部分 预算项目绩效目标\n\n1. 某项目绩效目标表\n";
    Problems problems = new Problems("empty.txt");
    assertThat(reader.overall(new SourceText("empty.txt", doc), problems)).isNull();
    assertThat(problems.all())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("IMP-PART1-EMPTY");
              assertThat(p.line()).isEqualTo(3);
            });
  }

  @Test
  void warnsAboutASubGoalWithoutIndicators() {
    String doc =
        """
        部门整体绩效目标

        分项绩效目标

        1. 党建工作

        绩效目标：加强党的建设。

        2. 后勤保障

        绩效目标：保障机关运转。

        绩效指标：保障率 100%
        """;
    Problems problems = new Problems("noind.txt");
    DepartmentGoals goals = reader.overall(new SourceText("noind.txt", doc), problems);
    assertThat(titles(goals)).containsExactly("党建工作", "后勤保障");
    assertThat(goals.subGoals().get(0).indicators()).isEmpty();
    assertThat(problems.all())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("IMP-SUBGOAL-NO-INDICATORS");
              assertThat(p.line()).isEqualTo(5);
              assertThat(p.message()).contains("党建工作");
            });
  }

  @Test
  void endsPartOneAtAHeadingOutsideItsSections() {
    String doc =
        """
        五、预算绩效信息

        部门整体绩效目标

        （一）总体绩效目标

        做好各项工作。

        （二）分项绩效目标

        1. 综合管理

        绩效目标：运转正常。

        绩效指标：

        运转保障率 100%

        六、其他重要事项的情况说明

        本部门无其他事项。
        """;
    DepartmentGoals goals = reader.overall(new SourceText("end.txt", doc), new Problems("end.txt"));
    assertThat(goals.subGoals())
        .containsExactly(new SubGoal("综合管理", "运转正常。", List.of("运转保障率 100%")));
  }

  @Test
  void findsNoPartOneInADocumentWithoutOne() {
    String doc = "某某局2024年部门预算\n\n一、部门职责\n\n负责某某工作。\n\n二、总体目标\n\n完成任务。\n";
    Problems problems = new Problems("none.txt");
    assertThat(reader.overall(new SourceText("none.txt", doc), problems)).isNull();
    assertThat(problems.all()).isEmpty();
  }

  @Test
  void readsAGoalAndIndicatorsPrintedOnOneLine() {
    String doc =
        """
        部门整体绩效目标

        二、分项绩效目标

        （一）机关运转。绩效目标：保障机关正常运转。绩效指标：运转保障率 100%

        （二）信息公开：绩效目标：按时公开预算信息。

        绩效指标：公开及时率 $\\geq 95\\%$
        """;
    DepartmentGoals goals =
        reader.overall(new SourceText("line.txt", doc), new Problems("line.txt"));
    assertThat(goals.subGoals())
        .containsExactly(
            new SubGoal("机关运转", "保障机关正常运转。", List.of("运转保障率 100%")),
            new SubGoal("信息公开", "按时公开预算信息。", List.of("公开及时率 ≥95%")));
  }

  @Test
  void readsAPartOneThatOpensWithTheSummaryHeadingWhenSubGoalsFollow() {
    String doc =
        """
        一、总体绩效目标

        全面履行职责。

        二、分项绩效目标

        （一）档案管理

        绩效目标：档案完整。

        绩效指标：

        档案完好率 ≥90%

        三、工作保障措施

        （一）加强领导。成立专班。

        四、其他事项
        """;
    Problems problems = new Problems("nohead.txt");
    DepartmentGoals goals = reader.overall(new SourceText("nohead.txt", doc), problems);
    assertThat(goals)
        .isEqualTo(
            new DepartmentGoals(
                "全面履行职责。",
                List.of(new SubGoal("档案管理", "档案完整。", List.of("档案完好率 ≥90%"))),
                List.of(new Measure("加强领导", "成立专班。"))));
    assertThat(problems.all()).isEmpty();
  }

  @Test
  void endsPartOneAtTheChapterAfterTheMeasures() {
    String doc =
        """
        部门整体绩效目标

        一、总体绩效目标

        全面履行职责。

        二、分项绩效目标

        （一）档案管理

        绩效目标：档案完整。

        绩效指标：档案完好率 ≥90%

        三、工作保障措施

        （一）加强领导。成立专班。

        四、名词解释

        一般公共预算：指政府凭借国家政治权力取得的收入。
        """;
    DepartmentGoals goals = reader.overall(new SourceText("after.txt", doc), new Problems("a.txt"));
    assertThat(goals.measures()).containsExactly(new Measure("加强领导", "成立专班。"));
  }
}
