package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.demo.DemoData;
import io.jixiao.model.Department;
import io.jixiao.model.TargetDocument;
import io.jixiao.review.LastYear;
import io.jixiao.workflow.Actor;
import io.jixiao.workflow.ImportDocument;
import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectSummary;
import io.jixiao.workflow.ProjectWorkflows;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lists counted by the database over the stored review summaries (issue 18, issue 15 Lists):
 * the same grades and rule counts as reviewing each table, filters, sorting, paging, the Excel
 * export with the same filters, and summaries kept in step with documents stored outside the
 * application.
 */
@SpringBootTest(
    classes = JixiaoWebApplication.class,
    properties = {
      "jixiao.demo=true",
      "jixiao.db=jdbc:h2:mem:weblists;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
@AutoConfigureMockMvc
class WebListsTest {

  @Autowired MockMvc mvc;
  @Autowired ProjectWorkflows targets;
  @Autowired Users users;
  @Autowired Catalog catalog;
  @Autowired TargetReview review;
  @Autowired ImportDocument importing;
  @Autowired JsonMapper json;

  WebFixture demo;

  @BeforeEach
  void fixture() {
    demo = new WebFixture(targets, users);
  }

  @Test
  void theStoredGradesAreTheGradesOfReviewingEachTableAlone() throws Exception {
    Map<Long, String> expected = new TreeMap<>();
    for (ProjectSummary t : catalog.all()) {
      ReviewResult r = review.review(catalog.document(t), LastYear.NONE, catalog.project(t));
      expected.put(t.id(), r.grade().label());
    }
    Map<Long, String> listed = new TreeMap<>();
    for (JsonNode item : list("/api/targets?size=500", "reviewer")) {
      listed.put(item.get("id").asLong(), item.get("grade").asString());
    }
    assertThat(listed).isEqualTo(expected).hasSizeGreaterThan(30);
  }

  @Test
  void theDashboardCountsEachRuleOncePerTableAsTheReviewsDo() throws Exception {
    Map<String, Integer> expected = new TreeMap<>();
    for (ProjectSummary t : catalog.all()) {
      if (t.budgetYear() != null && t.budgetYear() == 2024) {
        review.review(catalog.document(t), LastYear.NONE, catalog.project(t)).findings().stream()
            .map(ReviewFinding::rule).distinct().forEach(r -> expected.merge(r, 1, Integer::sum));
      }
    }
    JsonNode dash = json.readTree(
        mvc.perform(get("/api/dashboard").with(demo.as("reviewer")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    assertThat(dash.get("findings").size()).isPositive();
    for (JsonNode f : dash.get("findings")) {
      assertThat(f.get("count").asInt()).as(f.get("rule").asString())
          .isEqualTo(expected.get(f.get("rule").asString()));
    }
  }

  @Test
  void aListFiltersByGradeRuleStateAmountAndSearchAndPages() throws Exception {
    List<JsonNode> poor = list("/api/targets?year=2024&grade=差&size=500", "reviewer");
    assertThat(poor).isNotEmpty().allSatisfy(i -> assertThat(i.get("grade").asString()).isEqualTo("差"));
    List<JsonNode> b1 = list("/api/targets?year=2024&rule=b1&size=500", "reviewer");
    assertThat(b1).isNotEmpty();
    for (JsonNode i : b1) {
      ProjectSummary t = targets.summary(i.get("id").asLong()).orElseThrow();
      assertThat(review.review(catalog.document(t), LastYear.NONE, catalog.project(t)).findings())
          .extracting(ReviewFinding::rule).contains("B1");
    }
    List<JsonNode> big = list("/api/targets?min=500&max=2000&sort=budget&dir=desc&size=500",
        "reviewer");
    assertThat(big).isNotEmpty().allSatisfy(i -> assertThat(i.get("budgetTotal").decimalValue())
        .isBetween(new java.math.BigDecimal("500"), new java.math.BigDecimal("2000")));
    for (int k = 1; k < big.size(); k++) {
      assertThat(big.get(k - 1).get("budgetTotal").decimalValue())
          .isGreaterThanOrEqualTo(big.get(k).get("budgetTotal").decimalValue());
    }
    List<JsonNode> submitted = list("/api/targets?state=已提交&size=500", "reviewer");
    assertThat(submitted).isNotEmpty()
        .allSatisfy(i -> assertThat(i.get("state").asString()).isEqualTo("SUBMITTED"));
    String name = demo.table(WebFixture.HEALTH, 2).projectName();
    assertThat(list("/api/targets?q=" + enc(name.substring(0, 4)), "reviewer"))
        .extracting(i -> i.get("projectName").asString()).contains(name);
    mvc.perform(get("/api/targets?year=2024&size=3&page=2").with(demo.as("reviewer")))
        .andExpect(header().string("X-Page", "2"))
        .andExpect(header().string("X-Page-Size", "3"))
        .andExpect(jsonPath("$.length()").value(3));
    mvc.perform(get("/api/targets?min=abc").with(demo.as("reviewer")))
        .andExpect(status().isBadRequest());
  }

  @Test
  void anEditorListsTheOwnDepartmentsDraftsAndOnlyWhatIsPublishedOfOthers() throws Exception {
    List<JsonNode> seen = list("/api/targets?size=500", "edu");
    String education = DemoData.departments().get(WebFixture.EDUCATION);
    assertThat(seen).allSatisfy(i -> {
      if (!i.get("department").asString().equals(education)) {
        assertThat(i.get("state").asString()).isEqualTo("PUBLISHED");
      }
    });
    assertThat(seen).anySatisfy(i -> assertThat(i.get("state").asString()).isEqualTo("DRAFT"));
    assertThat(list("/api/public/targets?size=500", null))
        .allSatisfy(i -> assertThat(i.get("state").asString()).isEqualTo("PUBLISHED"));
  }

  @Test
  void theTablesPageFiltersAndItsExcelExportHasTheSameRows() throws Exception {
    String education = DemoData.departments().get(WebFixture.EDUCATION);
    String query = "?year=2024&department=" + enc(education) + "&sort=name";
    List<String> names = new ArrayList<>();
    for (JsonNode i : list("/api/targets" + query + "&size=500", "reviewer")) {
      names.add(i.get("projectName").asString());
    }
    mvc.perform(get("/targets" + query).with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("共 <span id=\"list-count\">" + names.size())))
        .andExpect(content().string(containsString(names.get(0))));
    byte[] xlsx = mvc.perform(get("/targets.xlsx" + query).with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    List<String> exported = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("项目名称");
      for (Row r : sheet) {
        if (r.getRowNum() > 0) {
          assertThat(r.getCell(1).getStringCellValue()).isEqualTo(education);
          assertThat((int) r.getCell(0).getNumericCellValue()).isEqualTo(2024);
          exported.add(r.getCell(2).getStringCellValue());
        }
      }
    }
    assertThat(exported).isEqualTo(names).hasSize(10);
  }

  @Test
  void theDashboardsStateCardsAndRuleRowsOpenTheFilteredTableList() throws Exception {
    mvc.perform(get("/").param("year", "2024").with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/targets?state=SUBMITTED&amp;year=2024\"")))
        .andExpect(content().string(containsString("href=\"/targets?rule=")))
        .andExpect(content().string(not(containsString("href=\"/todo?"))));
  }

  @Test
  void aDocumentStoredOutsideTheApplicationIsListedWithItsGradeWithinASecond() throws Exception {
    TargetDocument d = DemoData.documents().get(WebFixture.LAND);
    importing.run("外部导入.txt",
        new TargetDocument("外部导入.txt", new Department("云泽市外部局", 2024), d.overall(),
            d.projects()),
        Actor.SYSTEM);
    Thread.sleep(1_100);
    List<JsonNode> listed = list("/api/targets?department=" + enc("云泽市外部局"), "reviewer");
    assertThat(listed).hasSize(d.projects().size())
        .allSatisfy(i -> assertThat(i.get("grade").asString()).isIn("优", "良", "中", "差"));
    mvc.perform(get("/").with(demo.as("reviewer")))
        .andExpect(content().string(containsString("云泽市外部局")))
        .andExpect(content().string(not(containsString("待审"))));
  }

  private List<JsonNode> list(String path, String user) throws Exception {
    var request = get(path);
    if (user != null) {
      request = request.with(demo.as(user));
    }
    String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
    List<JsonNode> items = new ArrayList<>();
    json.readTree(body).forEach(items::add);
    return items;
  }

  /** A query parameter's value as written in a request path (MockMvc encodes the path). */
  private static String enc(String s) {
    return s;
  }
}
