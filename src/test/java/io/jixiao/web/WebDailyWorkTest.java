package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import io.jixiao.workflow.Messages;
import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectWorkflows;
import io.jixiao.workflow.Transition;
import io.jixiao.workflow.WorkQueue;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 待办, confirmations, 批复 over errors, 撤回, batch steps, messages, the dialogue on findings and
 * the 审核意见书 over HTTP (MockMvc through the real security chain) on the demo data set. The
 * demo's 云泽市卫生健康委员会 table 2 (家庭医生签约服务, 预算数 460 ≠ 400 + 50) is submitted with an
 * open 错误.
 */
@SpringBootTest(
    classes = JixiaoWebApplication.class,
    properties = {
      "jixiao.demo=true",
      "jixiao.db=jdbc:h2:mem:webdaily;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebDailyWorkTest {

  @Autowired MockMvc mvc;
  @Autowired ProjectWorkflows targets;
  @Autowired Users users;
  @Autowired AuditLog audit;
  @Autowired Messages messages;
  @Autowired WorkQueue queue;

  WebFixture demo;

  @BeforeEach
  void fixture() {
    demo = new WebFixture(targets, users);
  }

  @Test
  @Order(1) // before the other tests move tables on
  void theReviewersToDoCountsTheSubmittedAndApprovedTablesInSqlAndListsThem() throws Exception {
    Map<WorkQueue.Queue, Long> counts = queue.counts(null, 2024, 2024);
    assertThat(counts.get(WorkQueue.Queue.TO_REVIEW)).isEqualTo(4);
    assertThat(counts.get(WorkQueue.Queue.TO_PUBLISH)).isEqualTo(15);
    mvc.perform(get("/todo").with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("待审核（4）")))
        .andExpect(content().string(containsString("待公开（15）")))
        .andExpect(content().string(containsString("家庭医生签约服务")))
        .andExpect(content().string(containsString("id=\"todo-count\"")));
    // the department's editor sees its own queues, the 审计查阅人员 none
    mvc.perform(get("/todo").with(demo.as("edu")))
        .andExpect(content().string(containsString("被退回（1）")))
        .andExpect(content().string(not(containsString("家庭医生签约服务"))));
    mvc.perform(get("/todo").with(demo.as("auditor"))).andExpect(status().isForbidden());
    // a dashboard figure's list: the tables of a state
    mvc.perform(get("/todo").param("state", "RETURNED").param("year", "2024")
            .with(demo.as("auditor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("已退回的项目（2）")));
  }

  @Test
  void approvingATableWithAnOpenErrorNeedsAWrittenReasonWhichIsRecordedAndAudited()
      throws Exception {
    long id = demo.id(WebFixture.HEALTH, 2);
    mvc.perform(get("/projects/" + id + "/confirm").param("step", "approve")
            .with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("该项目还有 1 个错误未改正。如仍要批复，必须填写批复理由")));
    mvc.perform(post("/projects/" + id + "/approve").with(demo.as("reviewer")).with(csrf()))
        .andExpect(redirectedUrl("/projects/" + id + "/confirm?step=approve"))
        .andExpect(flash().attribute("error", "项目还有 1 个错误未改正；如仍要批复，请填写批复理由"));
    assertThat(targets.summary(id).orElseThrow().state()).isEqualTo(ProjectState.SUBMITTED);

    mvc.perform(post("/projects/" + id + "/approve").param("comment", "其他资金10万元为自筹，已核实")
            .with(demo.as("reviewer")).with(csrf()))
        .andExpect(flash().attribute("message", "已批复，项目当前状态：已批复"));
    assertThat(targets.history(id)).last().extracting(Transition::note)
        .isEqualTo("存在 1 个错误，仍予批复，理由：其他资金10万元为自筹，已核实");
    assertThat(audit.ofTarget(id)).extracting(AuditEntry::action)
        .contains("APPROVE", "APPROVE_OVERRIDE");
    assertThat(messages.of("health", 10)).extracting(Messages.Message::body)
        .contains("项目“家庭医生签约服务”已审核通过并批复，请按月填报执行数据");
  }

  @Test
  void theDepartmentWithdrawsItsSubmissionBeforeTheReviewStartsAndNoOtherDepartmentCan()
      throws Exception {
    long id = demo.id(WebFixture.AGRICULTURE, 4);
    mvc.perform(post("/projects/" + id + "/withdraw").with(demo.as("edu")).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(post("/projects/" + id + "/withdraw").with(demo.as("agri")))
        .andExpect(status().isForbidden()); // no CSRF token
    mvc.perform(post("/projects/" + id + "/withdraw").with(demo.as("agri")).with(csrf()))
        .andExpect(flash().attribute("message", "已撤回，项目当前状态：编制中"));
    assertThat(targets.summary(id).orElseThrow().state()).isEqualTo(ProjectState.DRAFT);

    // once a reviewer wrote an 审核意见 on agri 9, it can no longer be withdrawn
    long started = demo.id(WebFixture.AGRICULTURE, 9);
    mvc.perform(post("/projects/" + started + "/comments").param("row", "1")
            .param("comment", "数量指标请写明统计口径\n并附测算依据").with(demo.as("agri")).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/projects/" + started + "/comments").param("row", "1")
            .param("comment", "数量指标请写明统计口径\n并附测算依据").with(demo.as("reviewer")).with(csrf()))
        .andExpect(flash().attribute("message", "第 1 行的审核意见已保存"));
    mvc.perform(get("/projects/" + started).with(demo.as("agri")))
        .andExpect(content().string(containsString("数量指标请写明统计口径\n并附测算依据")))
        .andExpect(content().string(not(containsString("id=\"withdraw-button\""))));
    mvc.perform(post("/projects/" + started + "/withdraw").with(demo.as("agri")).with(csrf()))
        .andExpect(flash().attribute("error", "不能撤回：财政审核人员已开始审核该项目；如需修改，请联系审核人员退回"));
  }

  @Test
  void aBatchPublishRecordsEachTableAndSkipsOnesInTheWrongState() throws Exception {
    long a = demo.id(WebFixture.LAND, 1);
    long b = demo.id(WebFixture.LAND, 2);
    long published = demo.id(WebFixture.LAND, 4);
    mvc.perform(post("/todo/batch").param("step", "publish").param("ids", "" + a, "" + b)
            .param("confirmed", "yes").with(demo.as("land")).with(csrf()))
        .andExpect(status().isForbidden());
    // first the confirmation page, then the step
    mvc.perform(post("/todo/batch").param("step", "publish").param("ids", "" + a, "" + b)
            .with(demo.as("reviewer")).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("确认批量公开（2 个项目）")));
    assertThat(targets.summary(a).orElseThrow().state()).isEqualTo(ProjectState.APPROVED);
    mvc.perform(post("/todo/batch").param("step", "publish")
            .param("ids", "" + a, "" + b, "" + published).param("confirmed", "yes")
            .with(demo.as("reviewer")).with(csrf()))
        .andExpect(redirectedUrl("/todo"))
        .andExpect(flash().attribute("message", "批量公开：2 个项目已公开，1 个未处理"));
    for (long id : new long[] {a, b}) {
      assertThat(targets.summary(id).orElseThrow().state()).isEqualTo(ProjectState.PUBLISHED);
      assertThat(targets.history(id)).last().extracting(Transition::actor).isEqualTo("reviewer");
      assertThat(audit.ofTarget(id)).extracting(AuditEntry::action).endsWith("PUBLISH");
    }
    assertThat(audit.ofTarget(published)).extracting(AuditEntry::action)
        .doesNotContain("PUBLISH");
  }

  @Test
  void theDepartmentAnswersAFindingAndTheReviewerReadsItBesideTheFindingAndInTheOpinion()
      throws Exception {
    long id = demo.id(WebFixture.EDUCATION, 4);
    String rule = "B1";
    mvc.perform(post("/projects/" + id + "/answers").param("rule", "X9").param("answer", "x")
            .with(demo.as("health")).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(post("/projects/" + id + "/answers").param("rule", rule)
            .param("field", "budget.total").param("answer", "<b>预算</b>含上年结转 10 万元")
            .with(demo.as("edu")).with(csrf()))
        .andExpect(flash().attribute("message", "说明已保存，审核人员可在审核发现旁看到"));
    assertThat(audit.ofTarget(id)).extracting(AuditEntry::action).contains("ANSWER");
    mvc.perform(get("/projects/" + id + "/opinion.docx").with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    byte[] pdf = mvc.perform(get("/projects/" + id + "/opinion.pdf").with(demo.as("edu")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    mvc.perform(get("/projects/" + id + "/opinion.pdf").with(demo.as("health")))
        .andExpect(status().isNotFound());
  }

  @Test
  void aReturnSendsTheMultiLineCommentToTheDepartmentWhichReadsItOnTheEditPage()
      throws Exception {
    long id = demo.id(WebFixture.EDUCATION, 4);
    long before = messages.unread("edu");
    mvc.perform(post("/projects/" + id + "/return").param("comment", "一、请补充满意度指标\n二、请核对预算")
            .with(demo.as("reviewer")).with(csrf()))
        .andExpect(flash().attribute("message", "已退回，项目当前状态：已退回"));
    assertThat(messages.unread("edu")).isEqualTo(before + 1);
    mvc.perform(get("/projects/" + id + "/edit").with(demo.as("edu")))
        .andExpect(content().string(containsString("一、请补充满意度指标\n二、请核对预算")))
        .andExpect(content().string(containsString("id=\"return-comment\"")));
    long message = messages.of("edu", 1).get(0).id();
    mvc.perform(post("/messages/" + message + "/read").with(demo.as("agri")).with(csrf()));
    assertThat(messages.unread("edu")).isEqualTo(before + 1);
    mvc.perform(post("/messages/read-all").with(demo.as("edu")).with(csrf()));
    assertThat(messages.unread("edu")).isZero();
  }

  @Test
  void aDepartmentsOpinionIsOneDocumentOfItsTablesForItsEditorsAndTheReviewersOnly()
      throws Exception {
    byte[] docx = mvc.perform(get("/departments/opinion.docx").param("name", "云泽市教育局")
            .param("year", "2024").with(demo.as("edu")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", containsString(
            "filename*=UTF-8''%E5%AE%A1%E6%A0%B8%E6%84%8F%E8%A7%81%E4%B9%A6")))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(docx, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
    String xml = documentXml(docx);
    // one opinion per table of 2024: ten titles
    assertThat(xml.split("绩效目标审核意见书", -1)).hasSize(11);
    assertThat(xml).contains("教师培训专项");
    mvc.perform(get("/departments/opinion.pdf").param("name", "云泽市教育局")
            .with(demo.as("health")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/departments/opinion.pdf").param("name", "云泽市教育局")
            .with(demo.as("reviewer")))
        .andExpect(status().isOk());
  }

  private static String documentXml(byte[] docx) throws java.io.IOException {
    try (java.util.zip.ZipInputStream zip =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
      for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals("word/document.xml")) {
          return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no word/document.xml");
  }

  @Test
  void aReviewerSetsADeadlineAndRemindsADepartmentAndAnEditorMayDoNeither() throws Exception {
    mvc.perform(post("/deadlines").param("year", "2024").param("phase", "ACTUALS")
            .param("dueOn", "2024-12-31").with(demo.as("edu")).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/deadlines").param("year", "2024").param("phase", "ACTUALS")
            .param("dueOn", "2024-12-31").with(demo.as("reviewer")).with(csrf()))
        .andExpect(flash().attribute("message", "2024 年度执行数据填报截止时间已设为 2024-12-31"));
    mvc.perform(post("/remind").param("department", "云泽市自然资源和规划局")
            .param("note", "请尽快填报执行数据").with(demo.as("reviewer")).with(csrf()))
        .andExpect(flash().attribute("message", "已向云泽市自然资源和规划局的 1 名填报人员发送催办消息"));
    assertThat(messages.of("land", 1).get(0).body()).isEqualTo("催办：请尽快填报执行数据");
    mvc.perform(post("/remind").param("department", "云泽市自然资源和规划局")
            .param("note", "x").with(demo.as("land")).with(csrf()))
        .andExpect(status().isForbidden());
  }
}
