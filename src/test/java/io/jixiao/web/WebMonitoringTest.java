package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.demo.DemoActuals;
import io.jixiao.demo.DemoData;
import io.jixiao.evaluate.Evaluator;
import io.jixiao.evaluate.ProjectEvaluation;
import io.jixiao.monitor.Actuals;
import io.jixiao.monitor.ActualsEntry;
import io.jixiao.review.DocumentMonitoring;
import io.jixiao.review.Finding;
import io.jixiao.review.ReviewEngine;
import io.jixiao.review.RuleId;
import io.jixiao.review.TableMonitoring;
import io.jixiao.store.ActualsStore;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectSummary;
import io.jixiao.workflow.ProjectWorkflows;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The monitoring (运行监控) and self-evaluation (绩效自评) pages over HTTP with the demo data and its
 * 2024 actuals: the figures the pages show are the ones the core computes, an editor sees the own
 * department only, the downloads open in POI.
 */
@SpringBootTest(
    classes = JixiaoWebApplication.class,
    properties = {
      "jixiao.demo=true",
      "jixiao.db=jdbc:h2:mem:webmonitor;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
@AutoConfigureMockMvc
class WebMonitoringTest {

  static final String EDUCATION = "云泽市教育局";
  static final String AGRICULTURE = "云泽市农业农村局";
  static final YearMonth DECEMBER = YearMonth.of(2024, 12);

  @Autowired MockMvc mvc;
  @Autowired ProjectWorkflows targets;
  @Autowired Users users;
  @Autowired ActualsStore actuals;

  WebFixture demo;

  @BeforeEach
  void fixture() {
    demo = new WebFixture(targets, users);
  }

  // ------------------------------------------------------------------ the dashboard

  @Test
  void theReviewersDashboardShowsTheFiguresTheCoreComputesAtTheLatestMonth() throws Exception {
    DocumentMonitoring education = monitor(WebFixture.EDUCATION, DECEMBER);
    assertThat(education.summary().total().budget().wan()).isEqualByComparingTo("2460.50");
    assertThat(education.summary().total().rate()).isEqualByComparingTo("98.58");
    TableMonitoring preschool = table(education, "学前教育普惠性幼儿园奖补");
    assertThat(preschool.monitoring().rate()).isEqualByComparingTo("96.00");
    Finding m3 = alert(preschool, RuleId.M3);

    String page = page("/monitoring", "reviewer");
    assertThat(page).contains("<option value=\"2024-12\" selected=\"selected\">2024年12月底</option>");
    assertThat(row(page, "data-department", EDUCATION))
        .contains(">3<", ">2,460.50<", ">2,425.46<", ">98.58%<", ">100.00%<", ">-1.42<", ">80.00%<");
    String details = departmentPages(page, null, "reviewer");
    assertThat(row(details, "data-project", "学前教育普惠性幼儿园奖补"))
        .contains(">620.00<", ">595.20<", ">96.00%<", ">100.00%<", ">-4.00<", ">97.38%<");
    assertThat(page).doesNotContain("data-project=").contains(
        "href=\"/monitoring/department?name=%E4%BA%91%E6%B3%BD%E5%B8%82%E6%95%99%E8%82%B2%E5%B1%80&amp;month=2024-12\"");
    assertThat(m3.message())
        .isEqualTo("截至2024年10月底累计支出 446.4 万元，占全年预算数 620 万元的 72%，"
            + "低于本地区10月底支出进度要求 80%（差 8 个百分点）");
    assertThat(alerts(details, "M3")).anyMatch(a -> a.contains("学前教育普惠性幼儿园奖补")
        && a.contains(escape(m3.message())));
    assertThat(alerts(details, "M1")).hasSize(3);
    assertThat(alerts(details, "M3")).hasSize(6);
    // the overview counts every alert the department pages list
    int listed = 0;
    for (String rule : List.of("M1", "M2", "M3", "M4")) {
      listed += alerts(details, rule).size();
    }
    assertThat(page).contains("id=\"count-alerts\">" + listed + "<");
    assertThat(listed).isEqualTo(13);
    assertThat(page)
        .contains("id=\"count-monitored\">21<", "id=\"floor\">80.00%<")
        .contains("另有 18 张绩效目标表尚未批复，不纳入运行监控。")
        .contains("data-chart=\"{&quot;names&quot;:[&quot;云泽市农业农村局&quot;");
  }

  @Test
  void theTotalsAddUpTheBudgetAndSpendingOfTheSameTablesAndSayWhichAreLeftOut() throws Exception {
    String page = page("/monitoring", "reviewer");
    BigDecimal budget = amount(between(page, "id=\"total-budget\">", "<"));
    BigDecimal spent = amount(between(page, "id=\"total-spent\">", "<"));
    assertThat(between(page, "id=\"total-rate\">", "<")).isEqualTo(rate(spent, budget));
    // 19 of the 21 tables: not the 16,675.50 of every budget beside the 15,100.44 of every report
    assertThat(budget).isEqualByComparingTo("15685.50");
    assertThat(spent).isEqualByComparingTo("14842.52");
    assertThat(between(page, "id=\"total-rate\">", "<")).isEqualTo("94.63%");
    for (String department :
        List.of(EDUCATION, "云泽市卫生健康委员会", AGRICULTURE, "云泽市自然资源和规划局")) {
      List<String> cells = cells(row(page, "data-department", department));
      // 部门, 项目数, 已报送, 计入合计, 全年预算数, 执行数, 执行率, …
      assertThat(cells.get(6)).as(department).isEqualTo(rate(amount(cells.get(5)), amount(cells.get(4))));
    }
    // 卫健委: one table did not report, so its budget is not beside the others' spending
    assertThat(cells(row(page, "data-department", "云泽市卫生健康委员会")))
        .startsWith("云泽市卫生健康委员会", "4", "3", "3", "3,020.00", "2,863.30", "94.81%");
    // 自然资源: table 7 has no budget, so its 257.92 spent is not in the 执行数
    assertThat(cells(row(page, "data-department", "云泽市自然资源和规划局")))
        .startsWith("云泽市自然资源和规划局", "7", "7", "6", "2,940.00", "2,514.08", "85.51%");
    assertThat(page)
        .contains("id=\"total-note\">注：合计的全年预算数、执行数和执行率只计既有全年预算数又已报送执行数的 19 个项目"
            + "（共 21 个），执行率 = 执行数 ÷ 全年预算数；其余 2 个不计入（未报送执行数 1 个，未填写全年预算数 1 个）。"
            + "各部门同此口径。<");
  }

  @Test
  void anEarlierMonthShowsTheFiguresAtItsEnd() throws Exception {
    DocumentMonitoring june = monitor(WebFixture.HEALTH, YearMonth.of(2024, 6));
    assertThat(june.summary().total().rate()).isEqualByComparingTo("52.15");
    String page =
        mvc.perform(get("/monitoring").param("month", "2024-06").with(demo.as("auditor")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(row(page, "data-department", "云泽市卫生健康委员会")).contains(">52.15%<");
    String health =
        mvc.perform(get("/monitoring/department").param("name", "云泽市卫生健康委员会")
                .param("month", "2024-06").with(demo.as("auditor")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(row(health, "data-department", "云泽市卫生健康委员会")).contains(">52.15%<");
    assertThat(row(health, "data-project", "重大传染病防控")).contains(">28.00%<", ">50.00%<", ">-22.00<");
    assertThat(page).contains("id=\"floor\">40.00%<");

    String unpadded =
        mvc.perform(get("/monitoring").param("month", "2024-6").with(demo.as("auditor")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(row(unpadded, "data-department", "云泽市卫生健康委员会")).contains(">52.15%<");

    mvc.perform(get("/monitoring").param("month", "六月").with(demo.as("auditor")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("月份“六月”格式不正确")));
  }

  @Test
  void anEditorSeesTheOwnDepartmentOnly() throws Exception {
    String page = page("/monitoring", "edu");
    assertThat(page).contains(EDUCATION)
        .doesNotContain(AGRICULTURE, "高标准农田建设", "云泽市卫生健康委员会");
    assertThat(departmentPages(page, null, "edu")).contains("学前教育普惠性幼儿园奖补");
    mvc.perform(get("/monitoring/department").param("name", AGRICULTURE).with(demo.as("edu")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/evaluation/department").param("name", AGRICULTURE).with(demo.as("edu")))
        .andExpect(status().isNotFound());
    // published, so the editor may read its targets, but not its actuals
    long fields = demo.id(WebFixture.AGRICULTURE, 1);
    assertThat(targets.summary(fields).orElseThrow().state()).isEqualTo(ProjectState.PUBLISHED);
    mvc.perform(get("/projects/" + fields).with(demo.as("edu"))).andExpect(status().isOk());
    mvc.perform(get("/projects/" + fields + "/monitoring").with(demo.as("edu")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/projects/" + fields + "/evaluation").with(demo.as("edu")))
        .andExpect(status().isNotFound());
    String evaluation = page("/evaluation", "edu");
    assertThat(evaluation).contains(EDUCATION).doesNotContain(AGRICULTURE, "高标准农田建设");
    mvc.perform(get("/evaluation/download").param("department", AGRICULTURE)
            .param("format", "xlsx").with(demo.as("edu")))
        .andExpect(status().isNotFound());
  }

  @Test
  void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
    long id = demo.id(WebFixture.AGRICULTURE, 1);
    for (String url :
        List.of("/monitoring", "/evaluation", "/projects/" + id + "/monitoring",
            "/projects/" + id + "/evaluation",
            "/evaluation/download?department=" + AGRICULTURE + "&format=xlsx")) {
      mvc.perform(get(url)).andExpect(status().is3xxRedirection())
          .andExpect(redirectedUrl("/login"));
    }
  }

  @Test
  void aProjectsMonitoringTableShowsSpendingIndicatorsAndAlerts() throws Exception {
    long vaccination = demo.id(WebFixture.HEALTH, 3);
    String page = page("/projects/" + vaccination + "/monitoring", "auditor");
    assertThat(page)
        .contains("id=\"budget\">380.00<", "id=\"spent\">250.80<", "id=\"rate\">66.00%<",
            "id=\"plan\">100.00%（12月底）<", "id=\"gap\">-34.00<", "id=\"floor\">80.00%（10月底）<")
        .contains("疫苗由省级集中采购，中标价格下降，采购资金结余")
        .contains("指标完成进度 94.33%（5 项指标的平均");
    assertThat(row(page, "id", "indicator-1"))
        .contains("免疫规划疫苗接种人次", "≥24万人次", "22万人次", "91.67%", "完全不可能",
            "部分任务受审批进度影响推迟实施");
    assertThat(alerts(page, "M1")).singleElement().asString().contains("落后 34 个百分点");
    assertThat(alerts(page, "M2")).hasSize(1);
    assertThat(alerts(page, "M3")).hasSize(1);

    long withoutBudget = demo.id(WebFixture.LAND, 7);
    assertThat(page("/projects/" + withoutBudget + "/monitoring", "land"))
        .contains("id=\"budget\">—<", "id=\"spent\">257.92<", "id=\"rate\">—<")
        .contains("绩效目标表未填写预算数，无法计算执行率");
  }

  @Test
  void aTableNotApprovedYetIsNotMonitored() throws Exception {
    long draft = demo.id(WebFixture.EDUCATION, 6);
    mvc.perform(get("/projects/" + draft + "/monitoring").with(demo.as("edu")))
        .andExpect(status().isNotFound());
  }

  @Test
  void everyDemoTableWithActualsIsApprovedOrPublished() {
    for (int[] t : DemoActuals.tables()) {
      assertThat(demo.table(t[0], t[1]).state())
          .as("demo table %d of department %d", t[1], t[0])
          .isIn(ProjectState.APPROVED, ProjectState.PUBLISHED);
    }
    String source = DemoData.documents().get(WebFixture.AGRICULTURE).source();
    assertThat(actuals.load(source).projects()).hasSize(7);
  }

  // ------------------------------------------------------------------ self-evaluation

  @Test
  void theEvaluationPageShowsTheEvaluatorsScoreGradeAndFindings() throws Exception {
    ProjectEvaluation fields = evaluate(WebFixture.AGRICULTURE, 1);
    assertThat(fields.score()).isEqualByComparingTo("87.10");
    assertThat(fields.grade().label()).isEqualTo("良");

    String overview = page("/evaluation", "reviewer");
    assertThat(row(overview, "data-department", AGRICULTURE))
        .contains("共 7 个项目：优 3，良 2，中 1，差 1");
    assertThat(overview).doesNotContain("data-project=")
        .contains("<h1>绩效自评结果</h1>").doesNotContain("年中测算");
    String page = mvc.perform(get("/evaluation/department").param("name", AGRICULTURE)
            .with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(row(page, "data-project", "高标准农田建设"))
        .contains(">87.10<", ">良<", ">3,200.00<", ">3,072.00<", ">96.00%<");
    assertThat(row(page, "data-project", "农产品质量安全监管")).contains(">9.92<", ">差<");
    assertThat(page)
        .contains("共 7 个项目：优 3，良 2，中 1，差 1")
        .contains("“开展培训及服务场次”未填报实际完成值，记 0 分")
        .contains("预算执行率 66.00%（执行 158.40 万元 / 全年预算 240.00 万元）低于 90%，未说明原因")
        .contains("按各项目截至 2024年12月底 最近一次报送的执行数据评分")
        .contains("<h1>绩效自评结果</h1>", "id=\"spent-heading\">全年执行数（万元）<")
        .doesNotContain("年中测算");

    long id = demo.id(WebFixture.AGRICULTURE, 1);
    assertThat(page("/projects/" + id + "/evaluation", "agri"))
        .contains("项目支出绩效自评表", "id=\"evaluation-score\">得分 87.10<", "自评等级：良")
        .contains("田间工程完工时间", "2024年11月20日", "受汛期降雨影响");
  }

  @Test
  void theDepartmentsSelfEvaluationDownloadsAsExcelAndWord() throws Exception {
    byte[] xlsx =
        mvc.perform(get("/evaluation/download").param("department", AGRICULTURE)
                .param("format", "xlsx").with(demo.as("agri")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .andExpect(header().string("Content-Disposition", containsString("attachment")))
            .andReturn().getResponse().getContentAsByteArray();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet summary = wb.getSheet("汇总");
      Row fields = null;
      for (Row r : summary) {
        Cell name = r.getCell(1);
        if (name != null && "高标准农田建设".equals(name.toString())) {
          fields = r;
        }
      }
      assertThat(fields).isNotNull();
      assertThat(BigDecimal.valueOf(fields.getCell(4).getNumericCellValue()))
          .isEqualByComparingTo(evaluate(WebFixture.AGRICULTURE, 1).score());
      assertThat(fields.getCell(5).getStringCellValue()).isEqualTo("良");
      assertThat(wb.getNumberOfSheets()).isEqualTo(8);
    }
    byte[] docx =
        mvc.perform(get("/evaluation/download").param("department", AGRICULTURE)
                .param("format", "docx").with(demo.as("reviewer")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsByteArray();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("项目支出绩效自评表", "高标准农田建设", "87.10");
    }
    mvc.perform(get("/evaluation/download").param("department", AGRICULTURE)
            .param("format", "pdf").with(demo.as("reviewer")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("下载格式“pdf”不支持")));
  }

  @Test
  void lastYearsSelfEvaluationStaysReachableByItsYear() throws Exception {
    // by default the newest year: 2024, where 中小学校舍维修改造 is not approved yet
    mvc.perform(get("/evaluation").with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("当前显示 2024 年度")))
        .andExpect(content().string(containsString("id=\"year-2023\"")))
        .andExpect(content().string(not(containsString("57.28"))));
    // 2023: only 云泽市教育局 had targets; its year-end self-evaluation, not a mid-year estimate
    mvc.perform(get("/evaluation").param("year", "2023").with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("当前显示 2023 年度")))
        .andExpect(content().string(containsString(EDUCATION)))
        .andExpect(content().string(not(containsString("年中测算"))))
        .andExpect(content().string(not(containsString(AGRICULTURE))))
        .andExpect(content().string(containsString("year=2023")));
    mvc.perform(get("/evaluation/department").param("name", EDUCATION).param("year", "2023")
            .with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("中小学校舍维修改造")))
        .andExpect(content().string(containsString("57.28")))
        .andExpect(content().string(not(containsString("年中测算"))));
    byte[] xlsx =
        mvc.perform(get("/evaluation/download").param("department", EDUCATION)
                .param("format", "xlsx").param("year", "2023").with(demo.as("edu")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsByteArray();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      boolean found = false;
      for (Row r : wb.getSheet("汇总")) {
        Cell name = r.getCell(1);
        if (name != null && "中小学校舍维修改造".equals(name.toString())) {
          found = true;
          assertThat(BigDecimal.valueOf(r.getCell(4).getNumericCellValue()))
              .isEqualByComparingTo("57.28");
          assertThat(r.getCell(5).getStringCellValue()).isEqualTo("差");
        }
      }
      assertThat(found).isTrue();
    }
    // monitoring: the year, or the year of the month asked for, with its own latest month
    mvc.perform(get("/monitoring").param("year", "2023").with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("当前显示 2023 年度")))
        .andExpect(content().string(containsString("value=\"2023-12\" selected")));
    mvc.perform(get("/monitoring").param("month", "2023-06").with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("当前显示 2023 年度")))
        .andExpect(content().string(not(containsString(AGRICULTURE))));
    mvc.perform(get("/evaluation").param("year", "20x3").with(demo.as("reviewer")))
        .andExpect(status().isBadRequest());
  }

  @Test
  void theNavigationLinksToMonitoringAndEvaluation() throws Exception {
    mvc.perform(get("/").with(demo.as("auditor")))
        .andExpect(content().string(containsString("id=\"nav-monitoring\" href=\"/monitoring\"")))
        .andExpect(content().string(containsString("id=\"nav-evaluation\" href=\"/evaluation\"")))
        .andExpect(content().string(not(containsString("绩效自评结果"))));
  }

  // ------------------------------------------------------------------ helpers

  /** Every department page the overview {@code page} links to, one after the other. */
  private String departmentPages(String page, String month, String user) throws Exception {
    StringBuilder all = new StringBuilder();
    java.util.regex.Matcher m =
        Pattern.compile("data-department=\"([^\"]+)\"").matcher(page);
    while (m.find()) {
      var request = get("/monitoring/department").param("name", m.group(1));
      if (month != null) {
        request = request.param("month", month);
      }
      all.append(mvc.perform(request.with(demo.as(user)))
          .andExpect(status().isOk())
          .andReturn().getResponse().getContentAsString());
    }
    return all.toString();
  }

  private String page(String url, String user) throws Exception {
    return mvc.perform(get(url).with(demo.as(user)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  /** The demo actuals as the core reads them, independent of the web. */
  private static Actuals coreActuals() {
    return ActualsEntry.assemble(DemoActuals.entries());
  }

  /** The core's monitoring of the department's tables that have actuals or are approved. */
  private DocumentMonitoring monitor(int department, YearMonth month) {
    TargetDocument d = DemoData.documents().get(department);
    List<Project> approved =
        d.projects().stream()
            .filter(p -> {
              ProjectState s = demo.table(department, p.seq()).state();
              return s == ProjectState.APPROVED || s == ProjectState.PUBLISHED;
            })
            .toList();
    return new ReviewEngine().monitor(
        new TargetDocument(d.source(), d.department(), d.overall(), approved), coreActuals(),
        month);
  }

  private ProjectEvaluation evaluate(int department, int seq) {
    TargetDocument d = DemoData.documents().get(department);
    return new Evaluator().evaluate(
        d, d.projects().get(seq - 1), coreActuals().of(d.source(), seq).orElse(null), Map.of());
  }

  private static TableMonitoring table(DocumentMonitoring m, String name) {
    return m.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static Finding alert(TableMonitoring t, RuleId rule) {
    return t.findings().stream().filter(f -> f.rule() == rule).findFirst().orElseThrow();
  }

  /** The table row whose {@code attribute} is {@code value}. */
  private static String row(String page, String attribute, String value) {
    Matcher m =
        Pattern.compile("<tr[^>]*" + attribute + "=\"" + Pattern.quote(value) + "\"[^>]*>(.*?)</tr>",
                Pattern.DOTALL)
            .matcher(page);
    assertThat(m.find()).as("a row with %s=\"%s\"", attribute, value).isTrue();
    return m.group(1).replaceAll(">\\s+", ">").replaceAll("\\s+<", "<");
  }

  /** The text between {@code before} and the next {@code after}. */
  private static String between(String page, String before, String after) {
    int start = page.indexOf(before);
    assertThat(start).as(before).isNotNegative();
    start += before.length();
    return page.substring(start, page.indexOf(after, start)).strip();
  }

  /** The texts of the cells of a row as {@link #row} gives it. */
  private static List<String> cells(String row) {
    return Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row).results()
        .map(r -> r.group(1).replaceAll("<[^>]+>", "").strip())
        .toList();
  }

  private static BigDecimal amount(String shown) {
    return new BigDecimal(shown.replace(",", ""));
  }

  /** {@code 94.63%}: spent ÷ budget as the pages print it. */
  private static String rate(BigDecimal spent, BigDecimal budget) {
    return spent.multiply(BigDecimal.valueOf(100))
        .divide(budget, 2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** The alert rows of {@code rule}. */
  private static List<String> alerts(String page, String rule) {
    return Pattern.compile("<tr class=\"alert alert-" + rule + "\">(.*?)</tr>", Pattern.DOTALL)
        .matcher(page)
        .results()
        .map(r -> r.group(1))
        .toList();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
