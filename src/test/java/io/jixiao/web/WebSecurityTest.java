package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectWorkflows;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The security suite of issue 12's accounts part, over HTTP through the real filter chain on an
 * in-memory H2 database with the demo users: the role matrix with the three administrators
 * (三员分立), the password policy, own and forced password changes, expiry and history, per-address
 * throttling, one message for every refused login, the audit of security events with source
 * address and outcome, the audit page's verify and CSV export, CSRF only waived for HTTP Basic,
 * the response headers, and no user names on public endpoints. Every test logs in from an
 * address of its own, so the throttling of one does not touch the others.
 */
@SpringBootTest(
    classes = JixiaoWebApplication.class,
    properties = {
      "jixiao.demo=true",
      "jixiao.login.ip-max-failures=8",
      "jixiao.db=jdbc:h2:mem:securitytest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
@AutoConfigureMockMvc
class WebSecurityTest {

  @Autowired MockMvc mvc;
  @Autowired ProjectWorkflows targets;
  @Autowired Users users;
  @Autowired AuditLog audit;
  @Autowired DataSource dataSource;

  WebFixture demo;

  @BeforeEach
  void fixture() {
    demo = new WebFixture(targets, users);
  }

  // ------------------------------------------------------------------ role matrix, 三员分立

  @Test
  void theRoleMatrixGivesEachOfTheThreeAdministratorsOnlyTheirPart() throws Exception {
    long draft = demo.id(WebFixture.EDUCATION, 8);
    String[] everyone = {"admin", "secadmin", "auditadmin", "reviewer", "auditor", "edu"};
    // path, then the status for each user of everyone
    Object[][] matrix = {
      {"/admin/users", 200, 200, 403, 403, 403, 403},
      {"/api/users", 200, 200, 403, 403, 403, 403},
      {"/audit", 403, 403, 200, 403, 403, 403},
      {"/api/audit", 403, 403, 200, 403, 403, 403},
      {"/audit/export.csv", 403, 403, 200, 403, 403, 403},
      {"/upload", 403, 403, 403, 403, 403, 200},
      {"/projects/" + draft, 404, 404, 404, 200, 200, 200},
      {"/api/targets/" + draft, 404, 404, 404, 200, 200, 200},
      {"/account/password", 200, 200, 200, 200, 200, 200},
    };
    for (Object[] row : matrix) {
      for (int u = 0; u < everyone.length; u++) {
        int expected = (Integer) row[u + 1];
        int actual = mvc.perform(get((String) row[0]).with(demo.as(everyone[u])))
            .andReturn().getResponse().getStatus();
        assertThat(actual).as(everyone[u] + " GET " + row[0]).isEqualTo(expected);
      }
    }
    mvc.perform(get("/").with(demo.as("admin"))).andExpect(redirectedUrl("/admin/users"));
    mvc.perform(get("/").with(demo.as("secadmin"))).andExpect(redirectedUrl("/admin/users"));
    mvc.perform(get("/").with(demo.as("auditadmin"))).andExpect(redirectedUrl("/audit"));
    mvc.perform(get("/").with(demo.as("auditor"))).andExpect(status().isOk());
  }

  @Test
  void noAdministratorUploadsEditsOrApprovesBusinessDocuments() throws Exception {
    long submitted = demo.id(WebFixture.EDUCATION, 4);
    for (String admin : new String[] {"admin", "secadmin", "auditadmin"}) {
      int approve = mvc.perform(post("/api/targets/" + submitted + "/approve")
              .with(demo.as(admin)).with(csrf()))
          .andReturn().getResponse().getStatus();
      assertThat(approve).as(admin + " approves").isIn(403, 404);
      int upload = mvc.perform(
              org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                  .multipart("/api/documents")
                  .file(new org.springframework.mock.web.MockMultipartFile(
                      "file", "x.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)))
                  .with(demo.as(admin)).with(csrf()))
          .andReturn().getResponse().getStatus();
      assertThat(upload).as(admin + " uploads").isEqualTo(403);
    }
    assertThat(targets.summary(submitted).orElseThrow().state()).isEqualTo(ProjectState.SUBMITTED);
  }

  @Test
  void noAdministratorDisablesOrDemotesAnotherAdministratorOrThemselves() throws Exception {
    long admin = demo.account("admin").id();
    long secadmin = demo.account("secadmin").id();
    long auditadmin = demo.account("auditadmin").id();
    long health = demo.account("health").id();
    for (long target : new long[] {admin, secadmin, auditadmin}) {
      mvc.perform(post("/api/users/" + target + "/disable").with(demo.as("admin")).with(csrf()))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.detail").value(containsString("三员分立")));
      mvc.perform(json(post("/api/users/" + target + "/role"),
              "{\"role\":\"DEPT_EDITOR\",\"department\":\"云泽市教育局\"}")
              .with(demo.as("secadmin")))
          .andExpect(status().isForbidden());
      mvc.perform(json(post("/api/users/" + target + "/password"), "{\"password\":\"Take#Over2024x\"}")
              .with(demo.as("admin")))
          .andExpect(status().isForbidden());
    }
    // no one is made an administrator on the web, and each administrator keeps to the own part
    mvc.perform(json(post("/api/users"), "{\"username\":\"sec2\",\"password\":\"Second#Pass2024\","
                + "\"role\":\"SECURITY_ADMIN\"}").with(demo.as("admin")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("role"));
    mvc.perform(json(post("/api/users/" + health + "/role"), "{\"role\":\"SYSTEM_ADMIN\"}")
            .with(demo.as("secadmin")))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/api/users/" + health + "/disable").with(demo.as("secadmin")).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(json(post("/api/users/" + health + "/role"), "{\"role\":\"FINANCE_REVIEWER\"}")
            .with(demo.as("admin")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/users/" + health + "/unlock").with(demo.as("auditadmin")).with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(users.find(admin).orElseThrow().isEnabled()).isTrue();
    assertThat(users.find(auditadmin).orElseThrow().role()).isEqualTo(Role.AUDIT_ADMIN);
    assertThat(users.find(health).orElseThrow().role()).isEqualTo(Role.DEPT_EDITOR);
  }

  @Test
  void theSecurityAdministratorChangesABusinessRoleAndItIsAudited() throws Exception {
    create("agri2", "Agri#Second2024", "DEPT_EDITOR", "云泽市农业农村局");
    long id = demo.account("agri2").id();
    mvc.perform(json(post("/api/users/" + id + "/role"), "{\"role\":\"AUDITOR\"}")
            .with(demo.as("secadmin")))
        .andExpect(status().isOk());
    Account changed = users.find(id).orElseThrow();
    assertThat(changed.role()).isEqualTo(Role.AUDITOR);
    assertThat(changed.department()).isNull();
    assertThat(newest(e -> e.subject().equals("用户 agri2") && "角色".equals(e.field())))
        .extracting(AuditEntry::actor, AuditEntry::oldValue, AuditEntry::newValue)
        .containsExactly("secadmin", "部门填报人员，云泽市农业农村局", "审计查阅人员");
  }

  // ------------------------------------------------------------------ passwords

  @Test
  void weakPasswordsAreRefusedWithChineseReasonsNeverA500() throws Exception {
    String[][] cases = {
      {"aaaaaaaaaa", "至少三类"},
      {"password12", "过于常见"},
      {"Weak2user#x", "不能包含用户名"},
      {"预算绩效目标管理系统的密码预算绩效目标管理系统的密码Aa1", "不能超过 72 个字节"},
    };
    for (String[] c : cases) {
      mvc.perform(json(post("/api/users"), "{\"username\":\"weak2user\",\"password\":\"" + c[0]
                  + "\",\"role\":\"FINANCE_REVIEWER\"}").with(demo.as("admin")))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString(c[1]))));
    }
    assertThat(users.find("weak2user")).isEmpty();
    // a login with a password over 72 bytes is a wrong password
    mvc.perform(login("reviewer", "x".repeat(100), "10.1.0.1"))
        .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    mvc.perform(get("/api/targets").with(httpBasic("reviewer", "预".repeat(40))).with(from("10.1.0.1")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aPasswordSetByAnAdministratorMustBeChangedBeforeAnythingElse() throws Exception {
    create("newedu", "Initial#2024x", "DEPT_EDITOR", "云泽市教育局");
    mvc.perform(get("/api/targets").with(httpBasic("newedu", "Initial#2024x")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("PASSWORD-CHANGE-REQUIRED"));
    MockHttpSession session = session("newedu", "Initial#2024x", "10.2.0.1");
    mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
    mvc.perform(get("/account/password").session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("您的密码由管理员设置，请先修改密码再继续使用")));
    mvc.perform(post("/account/password").session(session).with(csrf())
            .param("currentPassword", "Initial#2024x").param("newPassword", "Initial#2024x")
            .param("repeatPassword", "Initial#2024x"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("不能与最近 5 次使用过的密码相同")));
    mvc.perform(post("/account/password").session(session).with(csrf())
            .param("currentPassword", "Initial#2024x").param("newPassword", "Chosen#2024edu")
            .param("repeatPassword", "Chosen#2024edu"))
        .andExpect(redirectedUrl("/"))
        .andExpect(flash().attribute("message", "密码已修改"));
    mvc.perform(get("/").session(session)).andExpect(status().isOk());
    mvc.perform(get("/api/targets").with(httpBasic("newedu", "Chosen#2024edu")))
        .andExpect(status().isOk());
    mvc.perform(get("/api/targets").with(httpBasic("newedu", "Initial#2024x")))
        .andExpect(status().isUnauthorized());
    assertThat(newest(e -> e.action().equals("PASSWORD_CHANGE")).actor()).isEqualTo("newedu");
  }

  @Test
  void everyUserChangesTheOwnPasswordOverTheApiAndNoneOfTheLastFiveComesBack() throws Exception {
    create("history1", "Start#2024hist", "FINANCE_REVIEWER", null);
    String[] chain = {"Start#2024hist", "One#2024pass", "Two#2024pass", "Three#2024pass",
        "Four#2024pass", "Five#2024pass"};
    for (int i = 1; i < chain.length; i++) {
      changeOwn("history1", chain[i - 1], chain[i]).andExpect(status().isOk());
    }
    changeOwn("history1", "Five#2024pass", "One#2024pass")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("不能与最近 5 次使用过的密码相同"));
    mvc.perform(json(post("/api/account/password"),
            "{\"currentPassword\":\"wrong-current\",\"newPassword\":\"Six#2024pass\"}")
            .with(httpBasic("history1", "Five#2024pass")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("当前密码不正确"));
    changeOwn("history1", "Five#2024pass", "Start#2024hist").andExpect(status().isOk());
  }

  @Test
  void anExpiredPasswordMustBeChangedAndTheSecurityAdministratorSetsTheExpiry() throws Exception {
    create("expiring", "Before#2024old", "FINANCE_REVIEWER", null);
    changeOwn("expiring", "Before#2024old", "Mine#2024old").andExpect(status().isOk());
    JdbcClient.create(dataSource)
        .sql("UPDATE app_user SET password_changed_at = CURRENT_TIMESTAMP - INTERVAL '40' DAY"
            + " WHERE username = 'expiring'")
        .update();
    mvc.perform(get("/api/targets").with(httpBasic("expiring", "Mine#2024old")))
        .andExpect(status().isOk());
    mvc.perform(post("/admin/policy").param("expiryDays", "30").with(demo.as("admin")).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/admin/policy").param("expiryDays", "30")
            .with(demo.as("secadmin")).with(csrf()))
        .andExpect(flash().attribute("message", "已修改密码策略"));
    try {
      mvc.perform(get("/api/targets").with(httpBasic("expiring", "Mine#2024old")))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.code").value("PASSWORD-CHANGE-REQUIRED"));
      assertThat(newest(e -> e.action().equals("SETTING")))
          .extracting(AuditEntry::actor, AuditEntry::oldValue, AuditEntry::newValue)
          .containsExactly("secadmin", "90", "30");
    } finally {
      mvc.perform(post("/admin/policy").param("expiryDays", "90")
          .with(demo.as("secadmin")).with(csrf()));
    }
  }

  // ------------------------------------------------------------------ logins

  @Test
  void unknownUsersWrongPasswordsAndLockedAccountsGetOneAndTheSameAnswer() throws Exception {
    create("lockme", "Lock#Me2024x", "FINANCE_REVIEWER", null);
    for (int i = 0; i < 5; i++) {
      mvc.perform(login("lockme", "not-it", "10.3.0." + i)).andExpect(redirectedUrl("/login?error"));
    }
    assertThat(users.find("lockme").orElseThrow().isAccountNonLocked()).isFalse();
    String[][] attempts = {{"lockme", "Lock#Me2024x"}, {"nobody-here", "Lock#Me2024x"},
        {"reviewer", "wrong-password"}};
    String body = null;
    for (String[] a : attempts) {
      mvc.perform(login(a[0], a[1], "10.3.1.1")).andExpect(unauthenticated())
          .andExpect(redirectedUrl("/login?error"));
      String b = mvc.perform(get("/api/targets").with(httpBasic(a[0], a[1])).with(from("10.3.1.2")))
          .andExpect(status().isUnauthorized())
          .andReturn().getResponse().getContentAsString();
      assertThat(body == null || body.equals(b)).as(a[0]).isTrue();
      body = b;
    }
    assertThat(body).contains("\"code\":\"AUTH-FAILED\"").contains(SecurityConfig.LOGIN_FAILED);
    mvc.perform(get("/login").param("error", ""))
        .andExpect(content().string(containsString(SecurityConfig.LOGIN_FAILED)))
        .andExpect(content().string(not(containsString("锁定 15 分钟"))));
    mvc.perform(get("/login").param("locked", ""))
        .andExpect(content().string(not(containsString("锁定"))));
    // the reasons are for the 审计管理员 only
    assertThat(audit.newest(0, 100))
        .filteredOn(e -> e.action().equals("LOGIN_FAILED"))
        .extracting(AuditEntry::newValue)
        .contains("账号已锁定", "用户名不存在", "密码错误");
  }

  @Test
  void manyFailedLoginsFromOneAddressRefuseItsLoginsWhateverTheUserName() throws Exception {
    for (int i = 0; i < 8; i++) {
      mvc.perform(login("guess" + i, "Guess#2024x", "10.4.0.1"))
          .andExpect(redirectedUrl("/login?error"));
    }
    mvc.perform(login("reviewer", "Review#2024demo", "10.4.0.1"))
        .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    mvc.perform(get("/api/targets").with(httpBasic("reviewer", "Review#2024demo"))
            .with(from("10.4.0.1")))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", startsWith("")))
        .andExpect(jsonPath("$.code").value("AUTH-THROTTLED"));
    mvc.perform(login("reviewer", "Review#2024demo", "10.4.0.2"))
        .andExpect(authenticated().withUsername("reviewer"));
    assertThat(newest(e -> e.action().equals("LOGIN_THROTTLED")).subject())
        .isEqualTo("来源地址 10.4.0.1");
  }

  // ------------------------------------------------------------------ audit trail

  @Test
  void loginsLogoutsAndRefusalsAreAuditedWithAddressAndOutcome() throws Exception {
    mvc.perform(login("auditor", "wrong-password", "10.5.0.1"));
    MockHttpSession session = session("auditor", "Audit#2024demo", "10.5.0.1");
    mvc.perform(get("/audit").session(session).with(from("10.5.0.1")))
        .andExpect(status().isForbidden());
    long landDraft = demo.id(WebFixture.LAND, 6);
    mvc.perform(get("/projects/" + landDraft).with(demo.as("edu")).with(from("10.5.0.2")))
        .andExpect(status().isNotFound());
    mvc.perform(post("/projects/" + landDraft + "/submit").with(demo.as("edu"))
            .with(from("10.5.0.2")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/logout").session(session).with(csrf()).with(from("10.5.0.1")))
        .andExpect(redirectedUrl("/login?logout"));

    assertThat(newest(e -> e.action().equals("LOGIN_FAILED") && e.actor().equals("auditor")))
        .extracting(AuditEntry::sourceIp, AuditEntry::outcome)
        .containsExactly("10.5.0.1", AuditEntry.FAILURE);
    assertThat(newest(e -> e.action().equals("LOGIN") && e.actor().equals("auditor")))
        .extracting(AuditEntry::sourceIp, AuditEntry::outcome)
        .containsExactly("10.5.0.1", AuditEntry.SUCCESS);
    assertThat(newest(e -> e.action().equals("ACCESS_DENIED") && e.actor().equals("auditor")))
        .extracting(AuditEntry::subject, AuditEntry::field, AuditEntry::outcome)
        .containsExactly("GET /audit", "HTTP 403", AuditEntry.DENIED);
    assertThat(newest(e -> e.action().equals("ACCESS_DENIED") && e.actor().equals("edu")))
        .extracting(AuditEntry::subject, AuditEntry::field, AuditEntry::sourceIp)
        .containsExactly("GET /projects/" + landDraft, "HTTP 404", "10.5.0.2");
    assertThat(newest(e -> e.action().equals("CSRF_DENIED")))
        .extracting(AuditEntry::actor, AuditEntry::subject)
        .containsExactly("edu", "POST /projects/" + landDraft + "/submit");
    assertThat(newest(e -> e.action().equals("LOGOUT")))
        .extracting(AuditEntry::actor, AuditEntry::sourceIp)
        .containsExactly("auditor", "10.5.0.1");
  }

  @Test
  void theAuditAdministratorVerifiesTheChainAndATamperedEntryIsNamed() throws Exception {
    mvc.perform(post("/audit/verify").with(demo.as("auditadmin")).with(csrf()))
        .andExpect(redirectedUrl("/audit"))
        .andExpect(flash().attribute("message", startsWith("审计日志完整：已校验")));
    JdbcClient jdbc = JdbcClient.create(dataSource);
    long id = jdbc.sql("SELECT id FROM audit_entry WHERE seq = 3").query(Long.class).single();
    String actor = jdbc.sql("SELECT actor FROM audit_entry WHERE id = :id").param("id", id)
        .query(String.class).single();
    jdbc.sql("UPDATE audit_entry SET actor = 'nobody' WHERE id = :id").param("id", id).update();
    try {
      mvc.perform(get("/api/audit/verify").with(demo.as("auditadmin")))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.intact").value(false))
          .andExpect(jsonPath("$.brokenId").value(id))
          .andExpect(jsonPath("$.message").value(containsString("#" + id)));
    } finally {
      jdbc.sql("UPDATE audit_entry SET actor = :a WHERE id = :id").param("a", actor)
          .param("id", id).update();
    }
    mvc.perform(get("/api/audit/verify").with(demo.as("auditadmin")))
        .andExpect(jsonPath("$.intact").value(true));
    assertThat(newest(e -> e.action().equals("AUDIT_VERIFY")).actor()).isEqualTo("auditadmin");
  }

  @Test
  void theAuditLogIsExportedAsCsvThatExcelOpensAndEntriesWithoutATableHaveNoTargetId()
      throws Exception {
    mvc.perform(login("edu", "=HYPERLINK(\"x\")", "10.6.0.1"));
    byte[] csv = mvc.perform(get("/audit/export.csv").with(demo.as("auditadmin")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", startsWith("text/csv")))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(csv, StandardCharsets.UTF_8).substring(1);
    assertThat(text).startsWith(
        "编号,时间（北京时间）,操作人,来源地址,操作,操作代码,结果,对象,项目编号,字段,原值,新值\r\n");
    assertThat(text).contains(",edu,10.6.0.1,登录失败,LOGIN_FAILED,失败,登录,,原因,,密码错误\r\n");
    assertThat(text).contains(",导出审计日志,AUDIT_EXPORT,成功,");
    mvc.perform(get("/api/audit").param("limit", "1000").with(demo.as("auditadmin")))
        .andExpect(jsonPath("$[?(@.action == 'LOGIN_FAILED')].targetId").value(empty()))
        .andExpect(jsonPath("$[?(@.action == 'DEMO' && @.field == '状态')].targetId")
            .value(everyItem(org.hamcrest.Matchers.greaterThan(0))));
  }

  @Test
  void aFormulaInACsvCellIsDefused() {
    assertThat(AuditController.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(AuditController.cell("-1")).isEqualTo("'-1");
    assertThat(AuditController.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(AuditController.cell(null)).isEmpty();
  }

  // ------------------------------------------------------------------ CSRF and headers

  @Test
  void csrfIsWaivedOnlyForRequestsThatAuthenticateWithHttpBasic() throws Exception {
    long id = demo.id(WebFixture.EDUCATION, 9);
    MockHttpSession session = session("edu", "Edu#2024demo", "10.7.0.1");
    mvc.perform(post("/api/targets/" + id + "/submit").session(session)
            .header("Authorization", "Bearer junk"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/targets/" + id + "/submit").session(session)
            .with(httpBasic("edu", "not-the-password")).with(from("10.7.0.2")))
        .andExpect(status().isUnauthorized());
    assertThat(targets.summary(id).orElseThrow().state()).isEqualTo(ProjectState.DRAFT);
    mvc.perform(post("/api/targets/" + id + "/submit").with(httpBasic("edu", "Edu#2024demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("SUBMITTED"));
  }

  @Test
  void everyResponseCarriesReferrerAndPermissionsPolicyAndHstsOverTls() throws Exception {
    for (String path : new String[] {"/login", "/public", "/api/public/targets"}) {
      mvc.perform(get(path))
          .andExpect(header().string("Referrer-Policy", "same-origin"))
          .andExpect(header().string("Permissions-Policy", SecurityConfig.PERMISSIONS_POLICY))
          .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }
    mvc.perform(get("/api/targets"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("Referrer-Policy", "same-origin"));
    mvc.perform(get("/login").secure(true))
        .andExpect(header().string("Strict-Transport-Security",
            "max-age=31536000 ; includeSubDomains"));
  }

  @Test
  void publicEndpointsNameRolesNotUsers() throws Exception {
    long published = demo.id(WebFixture.EDUCATION, 1);
    String body = mvc.perform(get("/api/public/targets/" + published))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.history[*].actor").value(hasItem("部门填报人员")))
        .andExpect(jsonPath("$.history[*].actor").value(hasItem("财政审核人员")))
        .andReturn().getResponse().getContentAsString();
    assertThat(body).doesNotContain("\"edu\"").doesNotContain("\"reviewer\"");
    String page = mvc.perform(get("/public/projects/" + published))
        .andReturn().getResponse().getContentAsString();
    assertThat(page).doesNotContain("reviewer").doesNotContain("王审核");
  }

  // ------------------------------------------------------------------ helpers

  private void create(String username, String password, String role, String department)
      throws Exception {
    mvc.perform(json(post("/api/users"), "{\"username\":\"" + username + "\",\"password\":\""
                + password + "\",\"role\":\"" + role + "\""
                + (department == null ? "" : ",\"department\":\"" + department + "\"") + "}")
            .with(demo.as("admin")))
        .andExpect(status().isCreated());
  }

  private org.springframework.test.web.servlet.ResultActions changeOwn(
      String username, String current, String next) throws Exception {
    return mvc.perform(json(post("/api/account/password"),
            "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}")
        .with(httpBasic(username, current)));
  }

  private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
    return b.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
  }

  private static MockHttpServletRequestBuilder login(String user, String password, String ip) {
    return post("/login").param("username", user).param("password", password)
        .with(csrf()).with(from(ip));
  }

  private MockHttpSession session(String user, String password, String ip) throws Exception {
    return (MockHttpSession) mvc.perform(login(user, password, ip))
        .andExpect(authenticated().withUsername(user))
        .andReturn().getRequest().getSession(false);
  }

  private static RequestPostProcessor from(String address) {
    return r -> {
      r.setRemoteAddr(address);
      return r;
    };
  }

  private AuditEntry newest(Predicate<AuditEntry> which) {
    List<AuditEntry> entries = audit.newest(0, 500);
    return entries.stream().filter(which).findFirst()
        .orElseThrow(() -> new AssertionError("no such audit entry among " + entries.size()));
  }
}
