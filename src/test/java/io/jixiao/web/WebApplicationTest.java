package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import io.jixiao.demo.DemoData;
import io.jixiao.document.InterchangeJson;
import io.jixiao.store.TargetStore;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectSummary;
import io.jixiao.workflow.ProjectWorkflows;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The web application over HTTP (MockMvc through the real Spring Security filter chain) on an
 * in-memory H2 database with the demo data set: login, lockout, CSRF, department isolation of
 * pages and API, workflow steps, optimistic locking, audit, upload, public pages.
 */
@SpringBootTest(
    classes = JixiaoWebApplication.class,
    properties = {
      "jixiao.demo=true",
      "jixiao.db=jdbc:h2:mem:webtest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
@AutoConfigureMockMvc
class WebApplicationTest {

  @Autowired MockMvc mvc;
  @Autowired ProjectWorkflows targets;
  @Autowired Users users;
  @Autowired AuditLog audit;
  @Autowired TargetStore store;

  WebFixture demo;

  @BeforeEach
  void fixture() {
    demo = new WebFixture(targets, users);
  }

  // ------------------------------------------------------------------ login

  @Test
  void aDemoUserLogsInWithThePrintedPassword() throws Exception {
    mvc.perform(formLogin("/login").user("reviewer").password("Review#2024demo"))
        .andExpect(authenticated().withUsername("reviewer"))
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void aWrongPasswordIsRefusedWithAChineseMessageOnTheLoginPage() throws Exception {
    mvc.perform(formLogin("/login").user("auditor").password("wrong-password"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(get("/login").param("error", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("用户名或密码错误")));
    users.recordSuccess("auditor");
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin("/login").user("land").password("not-the-password"))
          .andExpect(redirectedUrl("/login?error"));
    }
    // the same answer as for a wrong password or an unknown user: no oracle for locked accounts
    mvc.perform(formLogin("/login").user("land").password("Land#2024demo"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(get("/api/targets").with(httpBasic("land", "Land#2024demo")))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("AUTH-FAILED"));
    Account land = users.find("land").orElseThrow();
    assertThat(land.isAccountNonLocked()).isFalse();
    assertThat(land.lockedUntil()).isAfter(java.time.Instant.now().plusSeconds(14 * 60));
    assertThat(audit.newest(0, 50))
        .anyMatch(e -> e.action().equals("LOCKOUT") && e.actor().equals("land"));

    users.unlock(land.id());
    mvc.perform(formLogin("/login").user("land").password("Land#2024demo"))
        .andExpect(authenticated().withUsername("land"));
  }

  @Test
  void sessionsExpireAfterThirtyMinutes(
      @Autowired org.springframework.core.env.Environment env) {
    assertThat(env.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
  }

  @Test
  void pagesNeedALoginButThePublicPagesDoNot() throws Exception {
    mvc.perform(get("/")).andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
    mvc.perform(get("/api/targets"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.code").value("AUTH-REQUIRED"));
    mvc.perform(get("/public")).andExpect(status().isOk())
        .andExpect(content().string(containsString("高标准农田建设")));
    mvc.perform(get("/api/public/targets")).andExpect(status().isOk())
        .andExpect(jsonPath("$[*].state").value(hasItem("PUBLISHED")))
        .andExpect(jsonPath("$[*].state").value(not(hasItem("DRAFT"))));
  }

  // ------------------------------------------------------------------ CSRF

  @Test
  void aFormPostWithoutTheCsrfTokenIsRejected() throws Exception {
    long id = demo.id(WebFixture.EDUCATION, 10);
    mvc.perform(post("/projects/" + id + "/submit").with(demo.as("edu")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/logout").with(demo.as("edu"))).andExpect(status().isForbidden());
    assertThat(targets.summary(id).orElseThrow().state()).isEqualTo(ProjectState.DRAFT);
  }

  @Test
  void everyFormOfThePagesCarriesTheCsrfToken() throws Exception {
    long id = demo.id(WebFixture.EDUCATION, 10);
    String page =
        mvc.perform(get("/projects/" + id + "/edit").with(demo.as("edu")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    int forms = page.split("<form", -1).length - 1;
    int tokens = page.split("name=\"_csrf\"", -1).length - 1;
    assertThat(forms).isGreaterThanOrEqualTo(2);
    assertThat(tokens).isEqualTo(forms);
  }

  // ------------------------------------------------------------------ department isolation

  @Test
  void anEditorCannotReadAnotherDepartmentsDraftPagesOrApi() throws Exception {
    long health = demo.id(WebFixture.HEALTH, 5);
    mvc.perform(get("/projects/" + health).with(demo.as("edu")))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("未找到")));
    mvc.perform(get("/projects/" + health + "/edit").with(demo.as("edu")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/departments").param("name", "云泽市卫生健康委员会").with(demo.as("edu")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("重大传染病防控</a>"))))
        .andExpect(content().string(containsString("免疫规划疫苗接种</a>")));
    mvc.perform(get("/api/targets/" + health).with(demo.as("edu")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("WEB-NOT-FOUND"));
    mvc.perform(get("/api/targets").with(demo.as("edu")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].id").value(not(hasItem((int) health))))
        .andExpect(jsonPath("$[?(@.department == '云泽市卫生健康委员会')].state")
            .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("PUBLISHED"))));
  }

  @Test
  void anEditorCannotChangeAnotherDepartmentsDraftOverPagesOrApi() throws Exception {
    ProjectSummary before = demo.table(WebFixture.HEALTH, 6);
    long id = before.id();
    mvc.perform(post("/projects/" + id + "/edit").with(demo.as("edu")).with(csrf())
            .param("revision", String.valueOf(before.revision())).param("title", "篡改")
            .param("name", "篡改"))
        .andExpect(status().isNotFound());
    mvc.perform(post("/projects/" + id + "/submit").with(demo.as("edu")).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(put("/api/targets/" + id).with(demo.as("edu")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"revision\":" + before.revision() + ",\"title\":\"篡改\",\"name\":\"篡改\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/targets/" + id + "/submit").with(demo.as("edu")).with(csrf()))
        .andExpect(status().isNotFound());
    ProjectSummary after = targets.summary(id).orElseThrow();
    assertThat(after.revision()).isEqualTo(before.revision());
    assertThat(after.state()).isEqualTo(ProjectState.DRAFT);
    assertThat(after.projectName()).isEqualTo(before.projectName());
  }

  @Test
  void anEditorReadsAnotherDepartmentsPublishedTable() throws Exception {
    long published = demo.id(WebFixture.HEALTH, 3);
    mvc.perform(get("/projects/" + published).with(demo.as("edu")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("免疫规划疫苗接种")))
        .andExpect(content().string(not(containsString("id=\"edit-button\""))));
  }

  @Test
  void onlyTheAuditAdministratorSeesTheAuditLogAndUserAdministratorsTheUsers() throws Exception {
    mvc.perform(get("/audit").with(demo.as("edu"))).andExpect(status().isForbidden());
    mvc.perform(get("/api/audit").with(demo.as("reviewer"))).andExpect(status().isForbidden());
    mvc.perform(get("/audit").with(demo.as("auditor"))).andExpect(status().isForbidden());
    mvc.perform(get("/audit").with(demo.as("admin"))).andExpect(status().isForbidden());
    mvc.perform(get("/audit").with(demo.as("auditadmin"))).andExpect(status().isOk())
        .andExpect(content().string(containsString("审计日志")));
    mvc.perform(get("/admin/users").with(demo.as("auditor"))).andExpect(status().isForbidden());
    mvc.perform(get("/admin/users").with(demo.as("auditadmin")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/users").with(demo.as("admin"))).andExpect(status().isOk())
        .andExpect(content().string(containsString("部门填报人员")));
  }

  // ------------------------------------------------------------------ workflow

  @Test
  void aDraftGoesThroughSubmitApproveAndPublishAndBecomesPublic() throws Exception {
    ProjectSummary t = demo.table(WebFixture.EDUCATION, 6);
    long id = t.id();
    mvc.perform(get("/public/projects/" + id)).andExpect(status().isNotFound());

    mvc.perform(post("/projects/" + id + "/submit").with(demo.as("edu")).with(csrf())
            .param("revision", String.valueOf(t.revision())))
        .andExpect(redirectedUrl("/projects/" + id))
        .andExpect(flash().attribute("message", "已提交，项目当前状态：已提交"));
    mvc.perform(post("/projects/" + id + "/approve").with(demo.as("edu")).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/targets/" + id + "/approve").with(demo.as("reviewer")).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("APPROVED"));
    mvc.perform(post("/projects/" + id + "/publish").with(demo.as("reviewer")).with(csrf()))
        .andExpect(flash().attribute("message", "已公开，项目当前状态：已公开"));

    assertThat(targets.history(id))
        .extracting(tr -> tr.to() + " by " + tr.actor())
        .containsExactly("SUBMITTED by edu", "APPROVED by reviewer", "PUBLISHED by reviewer");
    mvc.perform(get("/public/projects/" + id)).andExpect(status().isOk())
        .andExpect(content().string(containsString("智慧校园建设")));
    List<AuditEntry> entries = audit.ofTarget(id);
    assertThat(entries).extracting(AuditEntry::action)
        .containsExactly("SUBMIT", "APPROVE", "PUBLISH");
    assertThat(entries.get(0).oldValue()).isEqualTo("编制中（第 1 次修订）");
    assertThat(entries.get(0).newValue()).isEqualTo("已提交（第 2 次修订）");
  }

  @Test
  void illegalStepsAreRefusedWithAConflictAndChangeNothing() throws Exception {
    long draft = demo.id(WebFixture.EDUCATION, 7);
    mvc.perform(post("/api/targets/" + draft + "/approve").with(demo.as("reviewer")).with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("WF-ILLEGAL-STEP"))
        .andExpect(jsonPath("$.detail").value("不能批复：项目当前为“编制中”，只有“已提交”的项目可以批复"));
    mvc.perform(post("/projects/" + draft + "/publish").with(demo.as("reviewer")).with(csrf()))
        .andExpect(redirectedUrl("/projects/" + draft))
        .andExpect(flash().attribute("error", containsString("不能公开")));
    long published = demo.id(WebFixture.EDUCATION, 1);
    mvc.perform(post("/api/targets/" + published + "/submit").with(demo.as("edu")).with(csrf()))
        .andExpect(status().isConflict());
    assertThat(targets.summary(draft).orElseThrow().state()).isEqualTo(ProjectState.DRAFT);
    assertThat(targets.history(draft)).isEmpty();
  }

  @Test
  void aReturnNeedsACommentWhichTheEditorThenSees() throws Exception {
    long id = demo.id(WebFixture.HEALTH, 2);
    mvc.perform(post("/api/targets/" + id + "/return").with(demo.as("reviewer")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("WF-COMMENT-REQUIRED"));
    mvc.perform(post("/projects/" + id + "/return").with(demo.as("reviewer")).with(csrf())
            .param("comment", "预算数与财政资金、其他资金之和不符，请核对"))
        .andExpect(flash().attribute("message", "已退回，项目当前状态：已退回"));
    mvc.perform(get("/projects/" + id).with(demo.as("health")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("预算数与财政资金、其他资金之和不符，请核对")))
        .andExpect(content().string(containsString("id=\"edit-button\"")));
  }

  // ------------------------------------------------------------------ editing

  @Test
  void anEditSavesANewVersionRecordsTheChangesAndReviewsAgain() throws Exception {
    ProjectSummary t = demo.table(WebFixture.EDUCATION, 8);
    long id = t.id();
    String source = t.source();
    int versions = store.versions(source).size();
    MockHttpServletRequestBuilder form =
        editForm(id, t.revision())
            .param("rows[0].level1", "产出指标").param("rows[0].level2", "数量指标")
            .param("rows[0].name", "配备专职保安人数").param("rows[0].description", "反映配备保安人数")
            .param("rows[0].value", "≥280人").param("rows[0].basis", "年度工作计划")
            .param("rows[1].level1", "效益指标").param("rows[1].level2", "社会效益指标")
            .param("rows[1].name", "校园安全稳定").param("rows[1].description", "反映校园安全")
            .param("rows[1].value", "持续保障");
    mvc.perform(form.with(demo.as("edu")).with(csrf()))
        .andExpect(redirectedUrl("/projects/" + id))
        .andExpect(flash().attribute("message", containsString("重新审核结果")));

    ProjectSummary after = targets.summary(id).orElseThrow();
    assertThat(after.revision()).isEqualTo(t.revision() + 1);
    assertThat(after.budgetTotal()).isEqualByComparingTo("320.00");
    assertThat(store.versions(source)).hasSize(versions + 1);
    TargetDocument doc = store.load(source).orElseThrow();
    assertThat(doc.projects().get(7).indicators()).hasSize(2);
    assertThat(doc.projects().get(7).indicators().get(0).value()).isEqualTo("≥280人");
    assertThat(doc.projects().get(6).name()).isEqualTo("中小学生营养改善计划");

    List<AuditEntry> changes = audit.ofTarget(id);
    assertThat(changes).extracting(AuditEntry::action).containsOnly("EDIT");
    assertThat(changes).anySatisfy(e -> {
      assertThat(e.field()).isEqualTo("预算数");
      assertThat(e.oldValue()).isEqualTo("310.00");
      assertThat(e.newValue()).isEqualTo("320.00");
      assertThat(e.actor()).isEqualTo("edu");
    });
    assertThat(changes).anySatisfy(e -> assertThat(e.field()).isEqualTo("指标第 3 行"));

    mvc.perform(get("/projects/" + id).with(demo.as("edu")))
        .andExpect(content().string(containsString("≥280人")))
        .andExpect(content().string(containsString("320.00")));
  }

  @Test
  void aStaleEditIsRefusedWithAClearMessageAndOverwritesNothing() throws Exception {
    ProjectSummary t = demo.table(WebFixture.EDUCATION, 9);
    long id = t.id();
    MockHttpServletRequestBuilder first =
        editForm(id, t.revision()).param("rows[0].level1", "产出指标")
            .param("rows[0].level2", "数量指标").param("rows[0].name", "新建实训工位")
            .param("rows[0].value", "≥420个").param("rows[1].level1", "效益指标")
            .param("rows[1].level2", "经济效益指标").param("rows[1].name", "实训学生人数")
            .param("rows[1].value", "≥1500人");
    mvc.perform(first.with(demo.as("edu")).with(csrf())).andExpect(status().is3xxRedirection());

    MockHttpServletRequestBuilder stale =
        editForm(id, t.revision()).param("rows[0].level1", "产出指标")
            .param("rows[0].level2", "数量指标").param("rows[0].name", "新建实训工位")
            .param("rows[0].value", "≥999个");
    mvc.perform(stale.with(demo.as("edu")).with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("项目已被他人修改")))
        .andExpect(content().string(containsString("您的修改未保存")));
    mvc.perform(put("/api/targets/" + id).with(demo.as("edu")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"revision\":" + t.revision() + ",\"title\":\"x\",\"name\":\"x\","
                + "\"rows\":[{\"level1\":\"产出指标\",\"level2\":\"数量指标\",\"name\":\"x\"}]}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("WF-CONFLICT"));
    TargetDocument doc = store.load(t.source()).orElseThrow();
    assertThat(doc.projects().get(8).indicators().get(0).value()).isEqualTo("≥420个");
  }

  @Test
  void editsOfTwoTablesOfOneDocumentBothSurvive() throws Exception {
    ProjectSummary a = demo.table(WebFixture.HEALTH, 7);
    ProjectSummary b = demo.table(WebFixture.HEALTH, 8);
    mvc.perform(editForm(a.id(), a.revision())
            .param("rows[0].level1", "产出指标").param("rows[0].level2", "数量指标")
            .param("rows[0].name", "孕产妇健康管理人数").param("rows[0].value", "≥1.3万人")
            .with(demo.as("health")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(editForm(b.id(), b.revision())
            .param("rows[0].level1", "产出指标").param("rows[0].level2", "数量指标")
            .param("rows[0].name", "接入医疗机构数量").param("rows[0].value", "≥330家")
            .with(demo.as("health")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    TargetDocument doc = store.load(a.source()).orElseThrow();
    assertThat(doc.projects().get(6).indicators().get(0).value()).isEqualTo("≥1.3万人");
    assertThat(doc.projects().get(7).indicators().get(0).value()).isEqualTo("≥330家");
    assertThat(targets.ofSource(a.source()))
        .extracting(ProjectSummary::docVersion)
        .containsOnly(store.versions(a.source()).get(store.versions(a.source()).size() - 1));
  }

  @Test
  void invalidInputIsShownFieldByFieldAndNothingIsSaved() throws Exception {
    ProjectSummary t = demo.table(WebFixture.EDUCATION, 10);
    mvc.perform(post("/projects/" + t.id() + "/edit").with(demo.as("edu")).with(csrf())
            .param("revision", String.valueOf(t.revision()))
            .param("title", "教育局机关运行保障项目绩效目标表").param("name", "教育局机关运行保障")
            .param("budgetTotal", "九十六").param("planDec", "全部")
            .param("rows[0].level1", "产出指标").param("rows[0].level2", "数量指标")
            .param("rows[0].value", "56人"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("预算数应为不小于 0 的金额（万元")))
        .andExpect(content().string(containsString("资金支出计划（12月底）应为累计百分比")))
        .andExpect(content().string(containsString("第 1 行指标：三级指标（指标名称）不能为空")));
    assertThat(targets.summary(t.id()).orElseThrow().revision()).isEqualTo(t.revision());
  }

  @Test
  void aSubmittedTableCannotBeEdited() throws Exception {
    ProjectSummary t = demo.table(WebFixture.EDUCATION, 4);
    assertThat(t.state()).isEqualTo(ProjectState.SUBMITTED);
    mvc.perform(get("/projects/" + t.id() + "/edit").with(demo.as("edu")))
        .andExpect(status().isForbidden());
    mvc.perform(editForm(t.id(), t.revision()).with(demo.as("edu")).with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("不能修改")));
  }

  private static MockHttpServletRequestBuilder editForm(long id, int revision) {
    return post("/projects/" + id + "/edit")
        .param("revision", String.valueOf(revision))
        .param("title", "测试项目绩效目标表")
        .param("unitCode", "201001").param("unitName", "云泽市教育局本级")
        .param("projectCode", "36990024P2010010199")
        .param("name", "测试项目")
        .param("budgetTotal", "320").param("budgetFiscal", "320")
        .param("fundUse", "测试资金用途")
        .param("planMar", "25").param("planJun", "50")
        .param("planOct", "80").param("planDec", "100")
        .param("goals", "1. 第一条目标\n2. 第二条目标");
  }

  // ------------------------------------------------------------------ upload, pages, API docs

  @Test
  void aBadFileIsRefusedWithAClearMessageAndNothingIsStored() throws Exception {
    int documents = store.list().size();
    mvc.perform(multipart("/upload")
            .file(new MockMultipartFile("file", "notes.txt", "text/plain",
                "这只是一份会议记录，没有绩效目标表。".getBytes(StandardCharsets.UTF_8)))
            .with(demo.as("agri")).with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("未找到绩效目标表")))
        .andExpect(content().string(containsString("未保存任何内容")));
    mvc.perform(multipart("/api/documents")
            .file(new MockMultipartFile("file", "empty.txt", "text/plain", new byte[] {' '}))
            .with(demo.as("agri")).with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.stored").value(false));
    assertThat(store.list()).hasSize(documents);
  }

  @Test
  void anUploadedDocumentIsStoredReviewedAndOnlyForTheOwnDepartment() throws Exception {
    TargetDocument agri = DemoData.documents().get(WebFixture.AGRICULTURE);
    // two new projects (a table's identity is its code, else its name: ADR 0010)
    List<Project> supplement = new ArrayList<>();
    for (Project p : agri.projects().subList(0, 2)) {
      supplement.add(new Project(p.seq(), p.title(), p.unit(), null, p.displayName() + "（补充）",
          p.budget(), p.fundUse(), p.spendingPlan(), p.goals(), p.indicators(), p.taxonomy()));
    }
    TargetDocument renamed =
        new TargetDocument("农业农村局2024补充.json", agri.department(), null, supplement);
    byte[] json = new InterchangeJson().write(renamed).getBytes(StandardCharsets.UTF_8);
    mvc.perform(multipart("/upload")
            .file(new MockMultipartFile("file", "农业农村局2024补充.json", "application/json", json))
            .with(demo.as("edu")).with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("您只能上传本部门（云泽市教育局）的绩效目标")));
    assertThat(targets.ofSource("农业农村局2024补充.json")).isEmpty();

    mvc.perform(multipart("/upload")
            .file(new MockMultipartFile("file", "农业农村局2024补充.json", "application/json", json))
            .with(demo.as("agri")).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("已导入 2 张绩效目标表")))
        .andExpect(content().string(containsString("高标准农田建设")));
    assertThat(targets.ofSource("农业农村局2024补充.json"))
        .extracting(ProjectSummary::state)
        .containsExactly(ProjectState.DRAFT, ProjectState.DRAFT);
    assertThat(audit.newest(0, 20))
        .anyMatch(e -> e.action().equals("IMPORT") && e.subject().contains("农业农村局2024补充.json"));
  }

  @Test
  void anHtmlPageIsUploadedAndThePageSaysWhichFormItRecognisedAndWhatItCouldNotRead()
      throws Exception {
    String html =
        "<html><body><p>项目支出绩效目标表</p><p>（2024年度）</p><table>"
            + "<tr><td>项目名称</td><td colspan=3>网页上传测试项目</td></tr>"
            + "<tr><td>主管部门及代码</td><td>[303001]云泽市农业农村局</td>"
            + "<td>实施单位</td><td>云泽市农技站</td></tr>"
            + "<tr><td>年度资金总额：</td><td>十万</td><td>其中：财政拨款</td><td>10.00</td></tr>"
            + "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>"
            + "<tr><td rowspan=2>产出指标</td><td>数量指标</td><td>示范片面积</td><td>&ge;6000亩</td></tr>"
            + "<tr><td>质量指标</td><td>覆盖率</td><td>≥95%</td></tr>"
            + "</table></body></html>";
    mvc.perform(multipart("/upload")
            .file(new MockMultipartFile("file", "农业网页.html", "text/html",
                html.getBytes(StandardCharsets.UTF_8)))
            .with(demo.as("agri")).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("识别为：项目支出绩效目标表 1 张")))
        .andExpect(content().string(containsString("1 个单元格未能读取")))
        .andExpect(content().string(containsString("年度资金总额“十万”不是金额")))
        .andExpect(content().string(containsString("网页上传测试项目")));
    assertThat(targets.ofSource("农业网页.html")).hasSize(1);
  }

  @Test
  void theDashboardDepartmentAndProjectPagesShowFiguresFindingsAndGrades() throws Exception {
    mvc.perform(get("/").with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"count-departments\">4<")))
        .andExpect(content().string(containsString("绩效指标描述不只重复指标名称")))
        .andExpect(content().string(containsString("data-chart=")));
    mvc.perform(get("/departments").param("name", "云泽市教育局").param("state", "RETURNED")
            .with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("部门整体绩效目标")))
        .andExpect(content().string(containsString("中小学校舍维修改造")))
        .andExpect(content().string(not(containsString("义务教育学校公用经费补助</a>"))));
    long doctors = demo.id(WebFixture.HEALTH, 2);
    mvc.perform(get("/projects/" + doctors).with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andExpect(content().string(
            containsString("预算数 460 万元 不等于财政资金 400 万元 与其他资金 50 万元 之和")));
    long library = demo.id(WebFixture.EDUCATION, 3);
    mvc.perform(get("/projects/" + library).with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("资金支出计划 12月底：")))
        .andExpect(content().string(not(containsString("spendingPlan."))));
    long vaccination = demo.id(WebFixture.AGRICULTURE, 4);
    mvc.perform(get("/api/targets/" + vaccination).with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.findings[?(@.rule == 'Q4')].row").value(hasItem(3)))
        .andExpect(jsonPath("$.content.rows[2].name").value("按预算资金完成率"));
  }

  @Test
  void userInputIsEscapedOnThePages() throws Exception {
    ProjectSummary t = demo.table(WebFixture.LAND, 6);
    mvc.perform(editForm(t.id(), t.revision()).param("name", "<script>alert(1)</script>")
            .param("rows[0].level1", "产出指标").param("rows[0].level2", "数量指标")
            .param("rows[0].name", "检查单位<b>数量</b>").param("rows[0].value", "≥20家")
            .with(demo.as("land")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/projects/" + t.id()).with(demo.as("land")))
        .andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
        .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
        .andExpect(content().string(containsString("检查单位&lt;b&gt;数量&lt;/b&gt;")));
  }

  @Test
  void theApiIsDescribedByOpenApi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.openapi").exists())
        .andExpect(jsonPath("$.paths['/api/targets/{id}'].put").exists())
        .andExpect(jsonPath("$.paths['/api/documents'].post").exists());
  }

  @Test
  void administratorsCreateUsersAndTheCreationIsAudited() throws Exception {
    mvc.perform(post("/admin/users").with(demo.as("admin")).with(csrf())
            .param("username", "edu2").param("password", "short").param("role", "DEPT_EDITOR"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("密码至少 10 位")))
        .andExpect(content().string(containsString("部门填报人员必须指定所属部门")));
    mvc.perform(post("/admin/users").with(demo.as("admin")).with(csrf())
            .param("username", "edu2").param("password", "Second#2024edu")
            .param("displayName", "教育局 第二填报人").param("role", "DEPT_EDITOR")
            .param("department", "云泽市教育局"))
        .andExpect(redirectedUrl("/admin/users"));
    mvc.perform(formLogin("/login").user("edu2").password("Second#2024edu"))
        .andExpect(authenticated().withRoles("DEPT_EDITOR"));
    mvc.perform(post("/api/users").with(demo.as("edu")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"x\"}"))
        .andExpect(status().isForbidden());
    assertThat(audit.newest(0, 50))
        .anyMatch(e -> e.action().equals("USER_CREATE") && e.subject().equals("用户 edu2"));
  }
}
