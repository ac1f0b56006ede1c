package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import io.jixiao.demo.DemoData;
import io.jixiao.monitor.ActualsEntry;
import io.jixiao.monitor.ProjectActuals;
import io.jixiao.store.ActualsStore;
import io.jixiao.model.Money;
import io.jixiao.workflow.ProjectSummary;
import io.jixiao.workflow.ProjectWorkflows;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Entering actuals (执行数据) on the web: the form of a table's actuals page, the department's XLSX
 * template and upload, the JSON API — with the department isolation, the workflow states, CSRF
 * and the audit trail of the rest, on an in-memory H2 database with the demo data set.
 *
 * <p>The demo's 云泽市教育局 has tables 1 and 2 published, 5 approved, 3 returned, 4 submitted and
 * the others in draft. Each test uses its own tables or months, so their order does not matter.
 */
@SpringBootTest(
    classes = JixiaoWebApplication.class,
    properties = {
      "jixiao.demo=true",
      // the tests enter 2024 months themselves: without the demo's own actuals of 2024
      "jixiao.demo.actuals=false",
      "jixiao.db=jdbc:h2:mem:webactuals;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
@AutoConfigureMockMvc
class WebActualsTest {

  static final String EDUCATION = DemoData.documents().get(WebFixture.EDUCATION).source();
  static final String HEALTH = DemoData.documents().get(WebFixture.HEALTH).source();

  @Autowired MockMvc mvc;
  @Autowired ProjectWorkflows targets;
  @Autowired Users users;
  @Autowired AuditLog audit;
  @Autowired ActualsStore actuals;

  WebFixture demo;

  @BeforeEach
  void fixture() {
    demo = new WebFixture(targets, users);
  }

  // ------------------------------------------------------------------ the form

  @Test
  void anEditorSavesAMonthOfAPublishedTableAndTheStoreHoldsTheExactValues() throws Exception {
    long id = demo.id(WebFixture.EDUCATION, 1); // 义务教育学校公用经费补助, 已公开
    mvc.perform(form(id, "2024-06")
            .param("spent", "640.25").param("spentNote", "按季度拨付，进度正常")
            .param("rows[0].value", "57650人").param("rows[0].note", "秋季学期学籍尚未确认")
            .param("rows[1].value", "100%")
            .param("rows[4].value", "99.2%")
            .with(demo.as("edu")).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/projects/" + id + "/actuals"))
        .andExpect(flash().attribute("message", "已保存 2024-06 的执行数据：新增 4 项，修改 0 项，未变 0 项"));

    Map<String, ActualsEntry> june = stored(EDUCATION, 1, "2024-06");
    assertThat(june.keySet()).containsExactlyInAnyOrder("spent", "1", "2", "5");
    assertThat(june.get("spent").amount().wan()).isEqualByComparingTo(new BigDecimal("640.25"));
    assertThat(june.get("spent").value()).isEqualTo("640.25");
    assertThat(june.get("spent").note()).isEqualTo("按季度拨付，进度正常");
    assertThat(june.get("1").value()).isEqualTo("57650人");
    assertThat(june.get("1").note()).isEqualTo("秋季学期学籍尚未确认");
    assertThat(june.get("5").value()).isEqualTo("99.2%");
    ProjectActuals model = actuals.load(EDUCATION).of(EDUCATION, 1).orElseThrow();
    assertThat(model.spentBy(YearMonth.of(2024, 6))).contains(new Money(new BigDecimal("640.25")));

    mvc.perform(get("/projects/" + id + "/actuals").with(demo.as("edu")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"month-2024-06\"")))
        .andExpect(content().string(containsString("640.25")))
        .andExpect(content().string(containsString("秋季学期学籍尚未确认")))
        .andExpect(content().string(containsString("≥58000人")));
  }

  @Test
  void aUnitThatContradictsTheTargetAndABadAmountAreShownBesideTheirFieldsAndNothingIsStored()
      throws Exception {
    long id = demo.id(WebFixture.EDUCATION, 2); // 学前教育普惠性幼儿园奖补, 已公开
    mvc.perform(form(id, "2024-07")
            .param("spent", "12万5")
            .param("rows[0].value", "46所")
            .param("rows[1].value", "12个")
            .param("rows[2].value", "基本达成")
            .with(demo.as("edu")).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("执行数据有 3 处错误，未保存任何内容")))
        .andExpect(content().string(containsString(
            "<span class=\"field-error\" id=\"spent-error\">累计支出应为以万元为单位的金额（如 13.5），实际为“12万5”</span>")))
        .andExpect(content().string(containsString("实际完成值“12个”的单位“个”与指标值“≥85%”的单位“%”不符")))
        .andExpect(content().string(containsString(
            "时限指标（指标值“2024年12月底前”）的实际完成值应为完成日期（如 2024年11月30日）或 达成、未达成，“基本达成”不行")))
        // what the editor typed stays in the form
        .andExpect(content().string(containsString("value=\"46所\"")));
    mvc.perform(form(id, "2024-07").param("spent", "135000元")
            .with(demo.as("edu")).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("累计支出请以万元为单位填写数字（如 13.5 表示 13.5 万元），实际为“135000元”")));
    mvc.perform(form(id, "2024年7月").param("spent", "12")
            .with(demo.as("edu")).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString(
            "<span class=\"field-error\" id=\"period-error\">期间应为 YYYY-MM（如 2023-06，表示截至 6 月底），实际为“2024年7月”</span>")));

    assertThat(stored(EDUCATION, 2, "2024-07")).isEmpty();
    assertThat(audit.ofTarget(id)).noneMatch(e -> e.field().startsWith("执行数据 2024-07"));
  }

  @Test
  void theMonthToFillInIsReadLikeTheMonitoringPagesMonthAndAMalformedOneIsRefused()
      throws Exception {
    long id = demo.id(WebFixture.EDUCATION, 1);
    mvc.perform(form(id, "2024-08").param("spent", "812.4").with(demo.as("edu")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/projects/" + id + "/actuals").param("period", "2024-8").with(demo.as("edu")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"2024-08\"")))
        .andExpect(content().string(containsString("value=\"812.40\"")));
    mvc.perform(get("/projects/" + id + "/actuals").param("period", "x").with(demo.as("edu")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("月份“x”格式不正确，应为“年-月”，例如 2024-06")));
    mvc.perform(get("/actuals/template.xlsx").param("period", "2024-6").with(demo.as("edu")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", containsString("2024-06.xlsx")));
    mvc.perform(get("/actuals/template.xlsx").param("period", "2024年6月").with(demo.as("edu")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("月份“2024年6月”格式不正确")));
  }

  @Test
  void warningsDoNotStopTheSaveAndAreShownAfterIt() throws Exception {
    long id = demo.id(WebFixture.EDUCATION, 5); // 预算数 540
    mvc.perform(form(id, "2024-05").param("spent", "600").with(demo.as("edu")).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("warnings", List.of(
            // the demo stored 270 for September: May's 600 is above a later stored month
            "累计支出 600.00 万元多于之后 2024-09（已保存）的 270.00 万元：累计支出不应逐月减少，请核对各月数据",
            "累计支出 600.00 万元超过全年预算数 540.00 万元")));
    assertThat(stored(EDUCATION, 5, "2024-05").get("spent").value()).isEqualTo("600.00");
  }

  @Test
  void actualsOfATableNotYetApprovedAreRefusedAndThePageSaysWhy() throws Exception {
    ProjectSummary draft = demo.table(WebFixture.EDUCATION, 6); // 智慧校园建设, 编制中
    ProjectSummary submitted = demo.table(WebFixture.EDUCATION, 4);
    mvc.perform(form(draft.id(), "2024-06").param("spent", "10")
            .with(demo.as("edu")).with(csrf()))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("项目当前为“编制中”，批复后才能填报执行数据（运行监控从批复后开始）")));
    mvc.perform(post("/api/targets/" + submitted.id() + "/actuals").with(demo.as("edu")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"entries\":[{\"period\":\"2024-06\",\"row\":\"spent\",\"value\":\"10\"}]}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value("项目当前为“已提交”，批复后才能填报执行数据（运行监控从批复后开始）"));
    mvc.perform(get("/projects/" + draft.id() + "/actuals").with(demo.as("edu")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"actuals-closed\"")))
        .andExpect(content().string(containsString("批复后才能填报执行数据")))
        .andExpect(content().string(not(containsString("id=\"actuals-form\""))));
    assertThat(actuals.entries(EDUCATION))
        .noneMatch(e -> e.key().seq() == draft.position() || e.key().seq() == submitted.position());
  }

  @Test
  void anotherDepartmentsEditorIsToldTheActualsDoNotExistEvenOfAPublishedTable() throws Exception {
    long published = demo.id(WebFixture.HEALTH, 3); // 免疫规划疫苗接种, 已公开
    long approved = demo.id(WebFixture.HEALTH, 1);
    mvc.perform(get("/projects/" + published).with(demo.as("edu"))).andExpect(status().isOk());
    mvc.perform(get("/projects/" + published + "/actuals").with(demo.as("edu")))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("未找到")));
    mvc.perform(form(approved, "2024-06").param("spent", "1").with(demo.as("edu")).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/targets/" + approved + "/actuals").with(demo.as("edu")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("WEB-NOT-FOUND"));
    mvc.perform(post("/api/targets/" + published + "/actuals").with(demo.as("edu")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"entries\":[{\"period\":\"2024-06\",\"row\":\"spent\",\"value\":\"1\"}]}"))
        .andExpect(status().isNotFound());
    assertThat(actuals.entries(HEALTH)).isEmpty();
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRejectedButHttpBasicNeedsNone() throws Exception {
    long id = demo.id(WebFixture.EDUCATION, 5); // 家庭经济困难学生资助, 已批复
    mvc.perform(form(id, "2024-01").param("spent", "5").with(demo.as("edu")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/targets/" + id + "/actuals").with(demo.as("edu"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"entries\":[{\"period\":\"2024-01\",\"row\":\"spent\",\"value\":\"5\"}]}"))
        .andExpect(status().isForbidden());
    mvc.perform(multipart("/actuals/upload")
            .file(csv("a.csv", EDUCATION + ",5,spent,2024-01,5,\n"))
            .with(demo.as("edu")))
        .andExpect(status().isForbidden());
    assertThat(stored(EDUCATION, 5, "2024-01")).isEmpty();

    mvc.perform(post("/api/targets/" + id + "/actuals").with(httpBasic("edu", "Edu#2024demo"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"entries\":[{\"period\":\"2024-01\",\"row\":\"spent\",\"value\":\"5\"}]}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(1));
    assertThat(stored(EDUCATION, 5, "2024-01").get("spent").value()).isEqualTo("5.00");
  }

  @Test
  void anAuditorAndAReviewerSeeTheValuesButNoForm() throws Exception {
    long id = demo.id(WebFixture.EDUCATION, 5);
    mvc.perform(form(id, "2024-02").param("spent", "88.8").param("rows[4].value", "0人")
            .param("rows[4].note", "<script>alert(1)</script>")
            .with(demo.as("edu")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    for (String reader : List.of("auditor", "reviewer")) {
      mvc.perform(get("/projects/" + id + "/actuals").with(demo.as(reader)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("88.80")))
          .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
          .andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
          .andExpect(content().string(containsString("执行数据由本部门填报人员填报，您可以查看")))
          .andExpect(content().string(not(containsString("id=\"actuals-form\""))));
    }
    mvc.perform(form(id, "2024-02").param("spent", "90").with(demo.as("auditor")).with(csrf()))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("只有本部门的填报人员可以填报执行数据")));
    mvc.perform(get("/api/targets/" + id + "/actuals").with(demo.as("auditor")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.canEnter").value(false))
        .andExpect(jsonPath("$.indicators[4].target").value("0人"))
        .andExpect(jsonPath("$.entries[?(@.period == '2024-02' && @.row == 'spent')].value")
            .value(contains("88.80")));
    mvc.perform(get("/projects/" + id).with(demo.as("auditor")))
        .andExpect(content().string(containsString("id=\"actuals-link\"")));
  }

  @Test
  void everyChangedValueAndNoteIsAuditedWithItsOldAndNewValue() throws Exception {
    ProjectSummary t = demo.table(WebFixture.EDUCATION, 5);
    long id = t.id();
    mvc.perform(form(id, "2024-03").param("spent", "100").param("rows[0].value", "6400人")
            .with(demo.as("edu")).with(csrf()))
        .andExpect(flash().attribute("message", "已保存 2024-03 的执行数据：新增 2 项，修改 0 项，未变 0 项"));
    mvc.perform(form(id, "2024-03").param("spent", "120.5").param("spentNote", "追加拨付一批")
            .param("rows[0].value", "6400人")
            .with(demo.as("edu")).with(csrf()))
        .andExpect(flash().attribute("message", "已保存 2024-03 的执行数据：新增 0 项，修改 1 项，未变 1 项"));
    mvc.perform(form(id, "2024-03").param("spent", "120.50").param("spentNote", "追加拨付一批")
            .param("rows[0].value", "6400人")
            .with(demo.as("edu")).with(csrf()))
        .andExpect(flash().attribute("message", "与已保存的执行数据相同，没有变化"));

    List<AuditEntry> march =
        audit.ofTarget(id).stream().filter(e -> e.field().startsWith("执行数据 2024-03")).toList();
    assertThat(march)
        .extracting(AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
        .containsExactly(
            tuple("执行数据 2024-03 累计支出（万元）", null, "100.00"),
            tuple("执行数据 2024-03 指标 1（资助学生人数）", null, "6400人"),
            tuple("执行数据 2024-03 累计支出（万元）", "100.00", "120.50"),
            tuple("执行数据 2024-03 累计支出（万元） 偏差原因", null, "追加拨付一批"));
    assertThat(march).allMatch(e -> e.actor().equals("edu") && e.action().equals("ACTUALS")
        && e.subject().equals("项目 #" + id + " " + t.projectName()));
    assertThat(stored(EDUCATION, 5, "2024-03").get("spent").value()).isEqualTo("120.50");

    mvc.perform(get("/projects/" + id + "/actuals").with(demo.as("edu")).param("period", "2024-03"))
        .andExpect(content().string(containsString("id=\"actuals-changes\"")))
        .andExpect(content().string(containsString("<td class=\"action\">填报执行数据</td>")))
        .andExpect(content().string(not(containsString(">ACTUALS<"))))
        .andExpect(content().string(containsString("value=\"120.50\"")))
        .andExpect(content().string(containsString("value=\"追加拨付一批\"")));
  }

  @Test
  void whenTheAuditEntryCannotBeWrittenTheActualsAreNotStoredEither(@Autowired DataSource db)
      throws Exception {
    long id = demo.id(WebFixture.EDUCATION, 5);
    JdbcClient jdbc = JdbcClient.create(db);
    jdbc.sql("ALTER TABLE audit_entry ADD CONSTRAINT ck_no_april"
            + " CHECK (field IS NULL OR field NOT LIKE '执行数据 2024-04%')").update();
    try {
      // the failure is logged and answered 503 without internals (ADR 0013)
      mvc.perform(form(id, "2024-04").param("spent", "150")
              .param("rows[0].value", "6450人").with(demo.as("edu")).with(csrf()))
          .andExpect(status().isServiceUnavailable())
          .andExpect(content().string(containsString(ErrorHandling.STORE_FAILED)))
          .andExpect(content().string(not(containsString("ck_no_april"))));
    } finally {
      jdbc.sql("ALTER TABLE audit_entry DROP CONSTRAINT ck_no_april").update();
    }
    assertThat(stored(EDUCATION, 5, "2024-04")).isEmpty();
  }

  // ------------------------------------------------------------------ template and upload

  @Test
  void aFilledTemplateOfTheDepartmentIsUploadedStoredAndAudited() throws Exception {
    byte[] template =
        mvc.perform(get("/actuals/template.xlsx").param("period", "2024-09").with(demo.as("edu")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
            .andReturn().getResponse().getContentAsByteArray();
    byte[] filled;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      Sheet sheet = wb.getSheet("执行数据");
      TreeSet<String> tables = new TreeSet<>();
      for (Row r : sheet) {
        if (r.getRowNum() == 0) {
          continue;
        }
        String source = r.getCell(0).getStringCellValue();
        String seq = Integer.toString((int) r.getCell(1).getNumericCellValue());
        String row = r.getCell(2).getStringCellValue();
        assertThat(source).isEqualTo(EDUCATION);
        assertThat(r.getCell(3).getStringCellValue()).isEqualTo("2024-09");
        tables.add(seq);
        String value = fill(seq, row);
        if (value != null) {
          r.getCell(4).setCellValue(value);
        }
        if (seq.equals("5") && row.equals("1")) {
          r.getCell(5).setCellValue("资助人数超出预期");
        }
      }
      // only the approved and published tables: 1, 2 (已公开) and 5 (已批复)
      assertThat(tables).containsExactly("1", "2", "5");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      filled = out.toByteArray();
    }

    mvc.perform(multipart("/actuals/upload")
            .file(new MockMultipartFile("file", "教育局-执行数据-9月.xlsx",
                ActualsController.XLSX.toString(), filled))
            .with(demo.as("edu")).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(
            "教育局-执行数据-9月.xlsx：已导入：新增 5 项，修改 0 项，未变 0 项")));

    Map<String, ActualsEntry> two = stored(EDUCATION, 2, "2024-09");
    assertThat(two.get("spent").amount().wan()).isEqualByComparingTo("310.5");
    assertThat(two.get("2").value()).isEqualTo("86.5%");
    assertThat(two.get("3").value()).isEqualTo("2024年11月30日");
    Map<String, ActualsEntry> five = stored(EDUCATION, 5, "2024-09");
    assertThat(five.get("spent").value()).isEqualTo("270.00");
    assertThat(five.get("1").value()).isEqualTo("6600人");
    assertThat(five.get("1").note()).isEqualTo("资助人数超出预期");
    long table5 = demo.id(WebFixture.EDUCATION, 5);
    assertThat(audit.ofTarget(table5))
        .anyMatch(e -> e.action().equals("ACTUALS_IMPORT")
            && e.field().equals("执行数据 2024-09 指标 1（资助学生人数）")
            && e.oldValue() == null && e.newValue().equals("6600人") && e.actor().equals("edu"));
    // people read what happened, in Chinese, on the project page and the audit page
    mvc.perform(get("/projects/" + table5).with(demo.as("edu")))
        .andExpect(content().string(containsString("<td class=\"action\">上传执行数据</td>")))
        .andExpect(content().string(containsString("<td class=\"action\">演示数据</td>")))
        .andExpect(content().string(not(containsString(">ACTUALS_IMPORT<"))))
        .andExpect(content().string(not(containsString(">DEMO<"))));
    mvc.perform(get("/audit").with(demo.as("auditadmin")))
        .andExpect(content().string(containsString("<td class=\"action\">上传执行数据</td>")))
        .andExpect(content().string(not(containsString(">ACTUALS_IMPORT<"))));
  }

  /** The values the department writes into the template for September. */
  private static String fill(String seq, String row) {
    switch (seq + "/" + row) {
      case "2/spent":
        return "310.5";
      case "2/2":
        return "86.5%";
      case "2/3":
        return "2024年11月30日";
      case "5/spent":
        return "270";
      case "5/1":
        return "6600人";
      default:
        return null;
    }
  }

  @Test
  void aFileWithOneBadLineIsRefusedWholeWithTheLineAndColumnOfTheProblem() throws Exception {
    String lines =
        EDUCATION + ",1,spent,2024-10,900,\n"
            + EDUCATION + ",1,2,2024-10,99%,\n"
            + EDUCATION + ",1,5,2024-10,12个,\n";
    mvc.perform(multipart("/actuals/upload").file(csv("十月.csv", lines))
            .with(demo.as("edu")).with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("十月.csv：文件有 1 处错误，未保存任何内容")))
        .andExpect(content().string(containsString("实际完成值“12个”的单位“个”与指标值“≥99%”的单位“%”不符")));
    mvc.perform(multipart("/api/actuals").file(csv("十月.csv", lines))
            .with(demo.as("edu")).with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.stored").value(false))
        .andExpect(jsonPath("$.problems[0].file").value("十月.csv"))
        .andExpect(jsonPath("$.problems[0].line").value(4))
        .andExpect(jsonPath("$.problems[0].column").value("value"))
        .andExpect(jsonPath("$.problems[0].code").value("ACT-UNIT"));
    assertThat(stored(EDUCATION, 1, "2024-10")).isEmpty();
  }

  @Test
  void aLineAboutAnotherDepartmentsOrADraftTableIsAnErrorAndNothingIsStored() throws Exception {
    String lines =
        EDUCATION + ",2,spent,2024-11,500,\n"
            + HEALTH + ",3,spent,2024-11,100,\n"
            + EDUCATION + ",6,spent,2024-11,100,\n";
    mvc.perform(multipart("/api/actuals").file(csv("十一月.csv", lines))
            .with(demo.as("edu")).with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.problems.length()").value(2))
        .andExpect(jsonPath("$.problems[0].line").value(3))
        .andExpect(jsonPath("$.problems[0].column").value("source"))
        .andExpect(jsonPath("$.problems[0].message").value(
            "“" + HEALTH + "”不是本部门（云泽市教育局）的绩效文本：只能填报本部门项目的执行数据"))
        .andExpect(jsonPath("$.problems[1].line").value(4))
        .andExpect(jsonPath("$.problems[1].column").value("seq"))
        .andExpect(jsonPath("$.problems[1].code").value("ACT-SCOPE"))
        .andExpect(jsonPath("$.problems[1].message").value(
            "表 6（智慧校园建设）项目当前为“编制中”，批复后才能填报执行数据（运行监控从批复后开始）"));
    assertThat(stored(EDUCATION, 2, "2024-11")).isEmpty();
    assertThat(actuals.entries(HEALTH)).isEmpty();
  }

  @Test
  void onlyDepartmentEditorsDownloadTheTemplateAndUpload() throws Exception {
    mvc.perform(get("/actuals/template.xlsx").with(demo.as("reviewer")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/actuals/upload").with(demo.as("auditor")))
        .andExpect(status().isForbidden());
    mvc.perform(multipart("/api/actuals").file(csv("a.csv", ""))
            .with(demo.as("admin")).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/actuals/upload").with(demo.as("edu")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("义务教育学校公用经费补助")))
        .andExpect(content().string(not(containsString("免疫规划疫苗接种"))));
    mvc.perform(get("/").with(demo.as("edu")))
        .andExpect(content().string(containsString("id=\"nav-actuals\"")));
    mvc.perform(get("/").with(demo.as("reviewer")))
        .andExpect(content().string(not(containsString("id=\"nav-actuals\""))));
    mvc.perform(get("/departments").param("name", "云泽市教育局").with(demo.as("edu")))
        .andExpect(content().string(containsString("id=\"actuals-upload-link\"")));
    mvc.perform(get("/departments").param("name", "云泽市教育局").with(demo.as("reviewer")))
        .andExpect(content().string(not(containsString("id=\"actuals-upload-link\""))));
  }

  // ------------------------------------------------------------------ API

  @Test
  void theApiEntersLinesAndNamesTheEntryAndFieldOfEveryError() throws Exception {
    long id = demo.id(WebFixture.EDUCATION, 2);
    mvc.perform(post("/api/targets/" + id + "/actuals").with(demo.as("edu")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"entries\":["
                + "{\"period\":\"2024-12\",\"row\":\"spent\",\"value\":\"600\"},"
                + "{\"period\":\"2024-12\",\"row\":\"5\",\"value\":\"9个\"},"
                + "{\"period\":\"2024-12\",\"row\":\"budget\",\"value\":\"0\"}]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("WEB-INVALID"))
        .andExpect(jsonPath("$.errors[0].field").value("entries[1].value"))
        .andExpect(jsonPath("$.errors[0].message")
            .value("实际完成值“9个”的单位“个”与指标值“≥95%”的单位“%”不符"))
        .andExpect(jsonPath("$.errors[1].field").value("entries[2].value"))
        .andExpect(jsonPath("$.errors[1].message").value("调整后预算数须大于 0"));
    assertThat(stored(EDUCATION, 2, "2024-12")).isEmpty();

    mvc.perform(post("/api/targets/" + id + "/actuals").with(demo.as("edu")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"entries\":["
                + "{\"period\":\"2024-12\",\"row\":\"spent\",\"value\":\"640\"},"
                + "{\"period\":\"2024-12\",\"row\":\"budget\",\"value\":\"610\",\"note\":\"压减\"},"
                + "{\"period\":\"2024-12\",\"row\":\"5\",\"value\":\"96.1%\"}]}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(3))
        .andExpect(jsonPath("$.changes").value(4))
        .andExpect(jsonPath("$.warnings[0].code").value("ACT-SPENT-OVER"));
    Map<String, ActualsEntry> december = stored(EDUCATION, 2, "2024-12");
    assertThat(december.get("budget").amount().wan()).isEqualByComparingTo("610");
    assertThat(december.get("budget").note()).isEqualTo("压减");
    assertThat(december.get("5").value()).isEqualTo("96.1%");
    mvc.perform(get("/api/targets/" + id + "/actuals").with(demo.as("edu")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.canEnter").value(true))
        .andExpect(jsonPath("$.seq").value(2))
        .andExpect(jsonPath("$.entries[?(@.period == '2024-12' && @.row == 'budget')].value")
            .value(contains("610.00")));
  }

  @Test
  void theActualsApiIsDescribedByOpenApi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/targets/{id}/actuals'].get").exists())
        .andExpect(jsonPath("$.paths['/api/targets/{id}/actuals'].post").exists())
        .andExpect(jsonPath("$.paths['/api/actuals'].post").exists());
  }

  // ------------------------------------------------------------------ helpers

  private static MockHttpServletRequestBuilder form(long id, String period) {
    return post("/projects/" + id + "/actuals").param("period", period);
  }

  private static MockMultipartFile csv(String name, String lines) {
    return new MockMultipartFile("file", name, "text/csv",
        ("source,seq,row,period,value,note\n" + lines).getBytes(StandardCharsets.UTF_8));
  }

  /** The stored lines of table {@code seq} for {@code period}, by row. */
  private Map<String, ActualsEntry> stored(String source, int seq, String period) {
    Map<String, ActualsEntry> byRow = new TreeMap<>();
    for (ActualsEntry e : actuals.entries(source)) {
      if (e.key().seq() == seq && e.period().equals(YearMonth.parse(period))) {
        byRow.put(e.row(), e);
      }
    }
    return byRow;
  }
}
