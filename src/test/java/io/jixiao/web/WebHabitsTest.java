package io.jixiao.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import io.jixiao.workflow.ProjectWorkflows;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * People's habits on the demo data set: 北京时间, 姓名 in histories, the table's own 第N版, Chinese
 * templates and formal documents (MockMvc through the real security chain).
 */
@SpringBootTest(
    classes = JixiaoWebApplication.class,
    properties = {
      "jixiao.demo=true",
      "jixiao.db=jdbc:h2:mem:webhabits;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
@AutoConfigureMockMvc
class WebHabitsTest {

  @Autowired MockMvc mvc;
  @Autowired ProjectWorkflows targets;
  @Autowired Users users;
  @Autowired AuditLog audit;

  WebFixture demo;

  @BeforeEach
  void fixture() {
    demo = new WebFixture(targets, users);
  }

  @Test
  void anInstantStoredInUtcIsShownInBeijingTimeOnTheAuditPageAndInItsExport() throws Exception {
    // 20:30 UTC is 04:30 the next morning in Beijing; the far future puts it first on the page
    audit.append(AuditEntry.of(Instant.parse("2099-03-01T20:30:15Z"), "reviewer", "AUDIT_VERIFY",
        "审计日志", null, "结果", null, "北京时间测试"));
    mvc.perform(get("/audit").with(demo.as("auditadmin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<td>2099-03-02 04:30:15</td>")))
        .andExpect(content().string(not(containsString("2099-03-01 20:30"))))
        .andExpect(content().string(containsString("时间（北京时间）")));
    mvc.perform(get("/audit/export.csv").with(demo.as("auditadmin")))
        .andExpect(content().string(containsString("2099-03-02 04:30:15")));
  }

  @Test
  void historiesNameThePersonWithTheLoginNameOnHover() throws Exception {
    audit.append(AuditEntry.of(Instant.parse("2099-03-01T20:30:15Z"), "reviewer", "AUDIT_VERIFY",
        "审计日志", null, "结果", null, "姓名测试"));
    mvc.perform(get("/audit").with(demo.as("auditadmin")))
        .andExpect(content().string(
            containsString("<td class=\"person\" title=\"reviewer\">财政局 王审核</td>")));
    // the demo's education table 1 was submitted by edu and returned by reviewer
    mvc.perform(get("/projects/" + demo.id(WebFixture.EDUCATION, 1)).with(demo.as("edu")))
        .andExpect(content().string(
            containsString("<td class=\"person\" title=\"edu\">教育局 李填报</td>")));
  }

  @Test
  void theProjectPageShowsTheTablesOwnVersionWithItsDateNotTheFileName() throws Exception {
    long id = demo.id(WebFixture.EDUCATION, 1);
    int revision = targets.summary(id).orElseThrow().revision();
    mvc.perform(get("/projects/" + id).with(demo.as("edu")))
        .andExpect(content().string(matchesPattern(
            "(?s).*id=\"project-version\"[^>]*>第" + revision + "版 · \\d{4}-\\d{2}-\\d{2}<.*")))
        .andExpect(content().string(not(containsString(".txt 第"))));
  }
}
