package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.demo.DemoData;
import io.jixiao.monitor.ActualsEntry;
import io.jixiao.monitor.ProjectKey;
import io.jixiao.store.ActualsStore;
import io.jixiao.model.Money;
import io.jixiao.workflow.ProjectWorkflows;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
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
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The budget year on the web: actuals are entered for months of the table's budget year only, the
 * monitoring and self-evaluation pages date themselves within that year, and before its December the
 * self-evaluation says it is a mid-year estimate — on the demo data without the demo's actuals (the
 * tests store their own).
 */
@SpringBootTest(
    classes = JixiaoWebApplication.class,
    properties = {
      "jixiao.demo=true",
      "jixiao.demo.actuals=false",
      "jixiao.db=jdbc:h2:mem:webactualsyear;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
@AutoConfigureMockMvc
class WebActualsBudgetYearTest {

  static final String EDUCATION = DemoData.documents().get(WebFixture.EDUCATION).source();
  static final String REFUSED =
      "期间 2031-05 不在绩效目标表的预算年度 2024 年内：只能填报 2024-01 至 2024-12 的执行数据";

  @Autowired MockMvc mvc;
  @Autowired ProjectWorkflows targets;
  @Autowired Users users;
  @Autowired ActualsStore actuals;

  WebFixture demo;

  @BeforeEach
  void fixture() {
    demo = new WebFixture(targets, users);
  }

  @Test
  void aMonthOutsideTheTablesBudgetYearIsAnErrorAtItsFieldAndNothingIsStored() throws Exception {
    long id = demo.id(WebFixture.EDUCATION, 1); // 2024, 已公开
    mvc.perform(post("/api/targets/" + id + "/actuals").with(demo.as("edu")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"entries\":[{\"period\":\"2031-05\",\"row\":\"spent\",\"value\":\"10\"}]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("entries[0].period"))
        .andExpect(jsonPath("$.errors[0].message").value(REFUSED));
    mvc.perform(post("/projects/" + id + "/actuals").param("period", "2031-05")
            .param("spent", "10").with(demo.as("edu")).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString(
            "<span class=\"field-error\" id=\"period-error\">" + REFUSED + "</span>")));
    mvc.perform(multipart("/api/actuals")
            .file(new MockMultipartFile("file", "五月.csv", "text/csv",
                ("source,seq,row,period,value,note\n" + EDUCATION + ",1,spent,2031-05,10,\n")
                    .getBytes(StandardCharsets.UTF_8)))
            .with(demo.as("edu")).with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.problems[0].line").value(2))
        .andExpect(jsonPath("$.problems[0].column").value("period"))
        .andExpect(jsonPath("$.problems[0].code").value("ACT-PERIOD-YEAR"))
        .andExpect(jsonPath("$.problems[0].message").value(REFUSED));

    assertThat(actuals.entries(EDUCATION)).noneMatch(e -> e.key().seq() == 1);
  }

  @Test
  void aMonthOfAnotherYearStoredBeforeDoesNotMoveTheDefaultMonthOfMonitoringAndEvaluation()
      throws Exception {
    storeJuneAndAStrayMonth();

    String monitoring = page("/monitoring", "reviewer");
    assertThat(monitoring)
        .contains("<option value=\"2024-06\" selected=\"selected\">2024年6月底</option>")
        .doesNotContain("2031");
    assertThat(page("/evaluation", "reviewer"))
        .contains("按各项目截至 2024年6月底 最近一次报送的执行数据评分")
        .doesNotContain("2031");
  }

  @Test
  void withActualsUpToJuneTheSelfEvaluationIsLabelledAMidYearEstimateOnThePagesAndDownloads()
      throws Exception {
    storeJuneAndAStrayMonth();

    String results = page("/evaluation", "reviewer");
    assertThat(results)
        .contains("<h1>绩效自评结果（年中测算，非年终自评）</h1>")
        .contains("年中测算（非年终自评）：执行数据只报送到 2024年6月底，以下得分和等级是按年中数据的测算，"
            + "不是 2024 年度的年终绩效自评结果")
        .doesNotContain("全年执行数（万元）");
    // the projects' figures are on the department's page since the overview lists departments
    String education = DemoData.departments().get(WebFixture.EDUCATION);
    assertThat(page("/evaluation/department?year=2024&name=" + education, "reviewer"))
        .contains("id=\"spent-heading\">执行数（截至2024年6月底）（万元）<")
        .doesNotContain("全年执行数（万元）");
    long id = demo.id(WebFixture.EDUCATION, 5);
    assertThat(page("/projects/" + id + "/evaluation", "edu"))
        .contains("项目支出绩效自评表（年中测算，非年终自评）", "id=\"interim-label\"", "执行数（截至2024年6月底）",
            "截至2024年6月底执行 270.00 万元，预算执行率 50.00%")
        .doesNotContain(">全年执行数<", "自评等级：");

    MvcResult xlsx = download("xlsx");
    assertThat(ContentDisposition.parse(xlsx.getResponse().getHeader("Content-Disposition"))
            .getFilename())
        .isEqualTo("云泽市教育局项目支出绩效自评表（年中测算，非年终自评）.xlsx");
    try (XSSFWorkbook wb =
        new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
      assertThat(wb.getSheet("汇总").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("项目支出绩效自评结果汇总（年中测算，非年终自评）");
      Sheet table5 = wb.getSheet("表5");
      assertThat(table5.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("项目支出绩效自评表（年中测算，非年终自评）");
      assertThat(cellTexts(table5)).contains("执行数（截至2024年6月底）").doesNotContain("全年执行数");
    }
    try (XWPFDocument doc = new XWPFDocument(
            new ByteArrayInputStream(download("docx").getResponse().getContentAsByteArray()));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText())
          .contains("项目支出绩效自评结果汇总（年中测算，非年终自评）", "项目支出绩效自评表（年中测算，非年终自评）",
              "执行数（截至2024年6月底）");
      assertThat(doc.getProperties().getCoreProperties().getTitle())
          .isEqualTo("项目支出绩效自评表（年中测算，非年终自评）");
    }
  }

  private MvcResult download(String format) throws Exception {
    return mvc.perform(get("/evaluation/download").param("department", "云泽市教育局")
            .param("format", format).with(demo.as("edu")))
        .andExpect(status().isOk())
        .andReturn();
  }

  private static List<String> cellTexts(Sheet sheet) {
    List<String> texts = new ArrayList<>();
    for (Row r : sheet) {
      for (Cell c : r) {
        if (c.getCellType() == CellType.STRING) {
          texts.add(c.getStringCellValue());
        }
      }
    }
    return texts;
  }

  /** June of table 5 as the editor would enter it, and May 2031 stored before the web refused it. */
  private void storeJuneAndAStrayMonth() {
    ProjectKey table5 = new ProjectKey(EDUCATION, 5);
    actuals.save("旧数据.csv", List.of(
        ActualsEntry.spent(table5, YearMonth.of(2024, 6), new Money(new BigDecimal("270")), null),
        ActualsEntry.spent(table5, YearMonth.of(2031, 5), new Money(new BigDecimal("10")), null)));
  }

  private String page(String url, String user) throws Exception {
    return mvc.perform(get(url).with(demo.as(user)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }
}
