package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.demo.DemoData;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectSummary;
import io.jixiao.workflow.ProjectWorkflows;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The budget year (年度) over HTTP with the demo, which stores 云泽市教育局's published 2023 document
 * beside the four departments' 2024 documents: the dashboard, the department page and the public
 * list show one year at a time, the newest by default, and link the other year.
 */
@SpringBootTest(
    classes = JixiaoWebApplication.class,
    properties = {
      "jixiao.demo=true",
      "jixiao.db=jdbc:h2:mem:webyears;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
@AutoConfigureMockMvc
class WebBudgetYearTest {

  static final String EDUCATION = "云泽市教育局";

  /** Only in 2024: 家庭经济困难学生资助 is new this year. */
  static final String NEW_IN_2024 = "家庭经济困难学生资助";

  @Autowired MockMvc mvc;
  @Autowired ProjectWorkflows targets;
  @Autowired Users users;

  WebFixture demo;

  @BeforeEach
  void fixture() {
    demo = new WebFixture(targets, users);
  }

  @Test
  void everyWorkflowRowCarriesTheBudgetYearOfItsDocument() {
    assertThat(targets.ofSource(education2024().source()))
        .hasSize(10)
        .extracting(ProjectSummary::budgetYear)
        .containsOnly(2024);
    assertThat(targets.ofSource(education2023().source()))
        .hasSize(5)
        .extracting(ProjectSummary::budgetYear)
        .containsOnly(2023);
    assertThat(targets.all()).extracting(ProjectSummary::budgetYear).containsOnly(2024, 2023);
  }

  @Test
  void theDashboardShowsTheNewestYearByDefault() throws Exception {
    String page = page("/", "reviewer");
    assertThat(page)
        .contains("当前显示 2024 年度的绩效目标表")
        .contains("id=\"count-departments\">4<")
        .contains("id=\"count-projects\">" + tables(DemoData.documents()) + "<")
        .contains("id=\"budget-total\">" + wan(budget(DemoData.documents())) + "<")
        .contains("<a class=\"year-link\" id=\"year-2023\" href=\"/?year=2023\">2023年</a>")
        .contains("href=\"/departments?name=" + encoded(EDUCATION) + "&amp;year=2024\"");
    assertDepartmentLine(page, EDUCATION, 10, budget(education2024()));
  }

  @Test
  void theDashboardOfLastYearShowsOnlyLastYearsTables() throws Exception {
    String page = page("/?year=2023", "reviewer");
    assertThat(page)
        .contains("当前显示 2023 年度的绩效目标表")
        .contains("id=\"count-departments\">1<")
        .contains("id=\"count-projects\">5<")
        .contains("id=\"budget-total\">" + wan(budget(education2023())) + "<")
        .contains("<a class=\"year-link\" id=\"year-2024\" href=\"/?year=2024\">2024年</a>")
        .doesNotContain("云泽市卫生健康委员会");
    assertDepartmentLine(page, EDUCATION, 5, budget(education2023()));
    mvc.perform(get("/api/dashboard").param("year", "2023").with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(2023))
        .andExpect(jsonPath("$.years[0]").value(2024))
        .andExpect(jsonPath("$.years[1]").value(2023))
        .andExpect(jsonPath("$.projects").value(5))
        .andExpect(jsonPath("$.states['已公开']").value(5));
  }

  @Test
  void theDepartmentPageShowsOneYearAtATime() throws Exception {
    String thisYear = page("/departments?name=" + EDUCATION, "reviewer");
    assertThat(thisYear)
        .contains("当前显示 2024 年度的绩效目标表")
        .contains("id=\"department-count\">10<")
        .contains("id=\"department-budget\">" + wan(budget(education2024())) + "<")
        .contains(NEW_IN_2024 + "</a>")
        .contains("（2024年）")
        .doesNotContain("（2023年）")
        .contains("id=\"year-2023\" href=\"/departments?name=" + encoded(EDUCATION)
            + "&amp;year=2023\"");
    String lastYear = page("/departments?name=" + EDUCATION + "&year=2023", "reviewer");
    assertThat(lastYear)
        .contains("当前显示 2023 年度的绩效目标表")
        .contains("id=\"department-count\">5<")
        .contains("id=\"department-budget\">" + wan(budget(education2023())) + "<")
        .doesNotContain(NEW_IN_2024 + "</a>")
        .contains("（2023年）")
        .doesNotContain("（2024年）")
        // the state filter keeps the year
        .contains("<input type=\"hidden\" name=\"year\" value=\"2023\">");
    // the 2023 table of 中小学校舍维修改造 is listed, the 2024 one is not
    long repairs2023 = targets.ofSource(education2023().source()).get(2).id();
    assertThat(lastYear).contains("id=\"project-" + repairs2023 + "\"")
        .doesNotContain("id=\"project-" + demo.id(WebFixture.EDUCATION, 3) + "\"");
  }

  @Test
  void thePublicListShowsTheNewestYearAndLinksLastYear() throws Exception {
    List<Long> published2024 = published(DemoData.documents());
    List<Long> published2023 = published(DemoData.lastYear());
    String thisYear =
        mvc.perform(get("/public")).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(thisYear)
        .contains("当前显示 2024 年度的公开的绩效目标表")
        .contains("共 " + published2024.size() + " 个项目")
        .contains("id=\"year-2023\" href=\"/public?year=2023\"");
    published2024.forEach(id -> assertThat(thisYear).contains("id=\"public-project-" + id + "\""));
    published2023.forEach(
        id -> assertThat(thisYear).doesNotContain("id=\"public-project-" + id + "\""));

    String lastYear =
        mvc.perform(get("/public").param("year", "2023")).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(lastYear).contains("共 5 个项目");
    published2023.forEach(id -> assertThat(lastYear).contains("id=\"public-project-" + id + "\""));
    published2024.forEach(
        id -> assertThat(lastYear).doesNotContain("id=\"public-project-" + id + "\""));
    // a search keeps the year, and the links to other years keep the search
    mvc.perform(get("/public").param("year", "2023").param("q", "校舍"))
        .andExpect(content().string(containsString("共 1 个项目")))
        .andExpect(content().string(containsString(
            "href=\"/public?q=" + encoded("校舍") + "&amp;year=2024\"")));
  }

  @Test
  void aYearWithoutTablesGivesAnEmptyPageThatSaysSo() throws Exception {
    assertThat(page("/?year=2019", "reviewer"))
        .contains("2019 年度没有绩效目标表，请选择上方已有的年度")
        .contains("id=\"count-projects\">0<")
        .contains("id=\"budget-total\">0.00<")
        .contains("id=\"year-2024\"")
        .contains("id=\"year-2023\"");
    assertThat(page("/departments?name=" + EDUCATION + "&year=2019", "reviewer"))
        .contains("2019 年度没有该部门的绩效目标表")
        .doesNotContain("部门整体绩效目标")
        .doesNotContain("id=\"department-count\"");
    mvc.perform(get("/public").param("year", "2019"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("2019 年度暂无公开的绩效目标")))
        .andExpect(content().string(not(containsString("public-project-link"))));
  }

  @Test
  void aYearThatIsNotAYearIsRefusedWithAClearMessage() throws Exception {
    mvc.perform(get("/").param("year", "二〇二四").with(demo.as("reviewer")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("年度“二〇二四”格式不正确，应为四位数字的年份，例如 2024")));
    mvc.perform(get("/api/dashboard").param("year", "24").with(demo.as("reviewer")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("WEB-INVALID"));
  }

  @Test
  void anEditorSeesTheYearsOfWhatSheMayRead() throws Exception {
    // edu reads her department's tables of both years; health sees 2023 only through the
    // published education tables of that year
    mvc.perform(get("/api/dashboard").param("year", "2023").with(demo.as("health")))
        .andExpect(jsonPath("$.projects").value(5))
        .andExpect(jsonPath("$.lines[*].name").value(hasItem(EDUCATION)));
    mvc.perform(get("/api/targets").with(demo.as("edu")))
        .andExpect(jsonPath("$[?(@.source == '" + education2023().source() + "')].budgetYear")
            .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(2023))));
  }

  // ------------------------------------------------------------------ helpers

  private String page(String url, String user) throws Exception {
    return mvc.perform(get(url).with(demo.as(user)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  /** The department's line of the dashboard table: its project count and budget. */
  private static void assertDepartmentLine(
      String page, String department, int projects, BigDecimal budget) {
    Pattern line =
        Pattern.compile(
            ">" + Pattern.quote(department) + "</a></td>\\s*<td class=\"n\">" + projects
                + "</td>\\s*<td class=\"n\">" + Pattern.quote(wan(budget)) + "</td>");
    assertThat(line.matcher(page).find()).as(department + " " + projects + " " + budget).isTrue();
  }

  /** The ids of the published tables of {@code documents}, as the demo published them. */
  private List<Long> published(List<TargetDocument> documents) {
    return documents.stream()
        .flatMap(d -> targets.ofSource(d.source()).stream())
        .filter(t -> t.state() == ProjectState.PUBLISHED)
        .map(ProjectSummary::id)
        .toList();
  }

  private static TargetDocument education2024() {
    return DemoData.documents().get(WebFixture.EDUCATION);
  }

  private static TargetDocument education2023() {
    return DemoData.lastYear().get(0);
  }

  private static int tables(List<TargetDocument> documents) {
    return documents.stream().mapToInt(d -> d.projects().size()).sum();
  }

  private static BigDecimal budget(List<TargetDocument> documents) {
    return documents.stream()
        .map(WebBudgetYearTest::budget)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The budget total of a document, 万元: the tables' totals, those without one left out. */
  private static BigDecimal budget(TargetDocument document) {
    return document.projects().stream()
        .map(Project::budget)
        .filter(b -> b != null && b.total() != null)
        .map(b -> b.total().wan())
        .filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static String encoded(String parameter) {
    return URLEncoder.encode(parameter, StandardCharsets.UTF_8);
  }

  private static String wan(BigDecimal amount) {
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
        .format(amount);
  }
}
