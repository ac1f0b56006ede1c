package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.audit.AuditLog;
import io.jixiao.document.Floods;
import io.jixiao.workflow.ProjectWorkflows;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bounded work and no 500s (issue 12, points 3 and 5): the limits refuse with clear Chinese
 * messages and store nothing, lists are paged, malformed requests get 400, the health endpoint
 * answers without login.
 */
@SpringBootTest(
    classes = JixiaoWebApplication.class,
    properties = {
      "jixiao.demo=true",
      "jixiao.db=jdbc:h2:mem:weblimits;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "jixiao.limits.concurrent-parses=1",
      "jixiao.limits.parse-queue=0",
      "jixiao.limits.parse-wait-seconds=1",
      "jixiao.limits.page-size=5"
    })
@AutoConfigureMockMvc
class WebLimitsTest {

  @Autowired MockMvc mvc;
  @Autowired ProjectWorkflows targets;
  @Autowired Users users;
  @Autowired AuditLog audit;
  @Autowired UploadGate gate;

  WebFixture demo;

  @BeforeEach
  void fixture() {
    demo = new WebFixture(targets, users);
  }

  @Test
  void aHugeAuditPageShowsTheLastPageInsteadOfFailing() throws Exception {
    long pages = Math.max(1, (audit.count() + 49) / 50);
    mvc.perform(get("/audit").param("page", "50000000").with(demo.as("auditadmin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("第 " + pages + " / " + pages + " 页")));
    mvc.perform(get("/audit").param("page", "-5").with(demo.as("auditadmin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("第 1 / " + pages + " 页")));
    mvc.perform(get("/audit").param("page", "abc").with(demo.as("auditadmin")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("参数 page 的值无效")));
  }

  @Test
  void anUploadWithoutAFilePartIsABadRequest() throws Exception {
    mvc.perform(multipart("/upload").param("x", "1").with(demo.as("edu")).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("请求中没有文件")));
    mvc.perform(post("/upload").with(demo.as("edu")).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("请求中没有文件")));
    mvc.perform(multipart("/actuals/upload").param("x", "1").with(demo.as("edu")).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("请求中没有文件")));
    mvc.perform(multipart("/api/documents").param("x", "1").with(demo.as("edu")).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("WEB-BAD-REQUEST"))
        .andExpect(jsonPath("$.detail", startsWith("请求中没有文件")));
    mvc.perform(multipart("/api/actuals").param("x", "1").with(demo.as("edu")).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("WEB-BAD-REQUEST"));
  }

  @Test
  void aTextWithAHundredThousandTablesIsRefusedAndNothingIsStored() throws Exception {
    int before = targets.all().size();
    byte[] flood = Floods.tables(100_000)
        .getBytes(StandardCharsets.UTF_8);

    mvc.perform(multipart("/api/documents")
            .file(new MockMultipartFile("file", "flood.txt", "text/plain", flood))
            .with(demo.as("edu")).with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.stored").value(false))
        .andExpect(jsonPath("$.problems[0].code").value("IMP-LIMIT-TABLES"));

    assertThat(targets.all()).hasSize(before);
    assertThat(targets.ofSource("flood.txt")).isEmpty();
  }

  @Test
  void anUploadBeyondTheConcurrentParsesIsRefusedWith429AndRetryAfter() throws Exception {
    int before = targets.all().size();
    gate.enter();
    try {
      mvc.perform(multipart("/api/documents")
              .file(new MockMultipartFile("file", "a.txt", "text/plain", new byte[] {'x'}))
              .with(demo.as("edu")).with(csrf()))
          .andExpect(status().isTooManyRequests())
          .andExpect(header().string("Retry-After", "1"))
          .andExpect(jsonPath("$.code").value("WEB-BUSY"))
          .andExpect(jsonPath("$.detail", startsWith("服务器正在处理其他上传的文件，请 1 秒后重试")));
      mvc.perform(multipart("/upload")
              .file(new MockMultipartFile("file", "a.txt", "text/plain", new byte[] {'x'}))
              .with(demo.as("edu")).with(csrf()))
          .andExpect(status().isTooManyRequests())
          .andExpect(header().string("Retry-After", "1"));
    } finally {
      gate.leave();
    }
    assertThat(targets.all()).hasSize(before);
    // the turn is free again
    mvc.perform(multipart("/api/documents")
            .file(new MockMultipartFile("file", "a.txt", "text/plain", new byte[] {'x'}))
            .with(demo.as("edu")).with(csrf()))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void apiListsArePagedAndAPageBeyondTheLastGivesTheLastPage() throws Exception {
    int visible = targets.all().size();
    int pages = (visible + 4) / 5;
    mvc.perform(get("/api/targets").with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(5))
        .andExpect(header().string("X-Total-Count", String.valueOf(visible)))
        .andExpect(header().string("X-Page-Count", String.valueOf(pages)));
    mvc.perform(get("/api/targets").param("page", "2000000000").param("size", "100000")
            .with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Page", String.valueOf(pages)))
        .andExpect(header().string("X-Page-Size", "5"))
        .andExpect(jsonPath("$.length()").value(visible - 5 * (pages - 1)));
    mvc.perform(get("/api/targets").param("page", "0").with(demo.as("reviewer")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("页码 page 应不小于 1，实际为 0"));
    mvc.perform(get("/api/users").param("size", "-1").with(demo.as("admin")))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/public/targets").param("page", "99"))
        .andExpect(status().isOk())
        .andExpect(header().exists("X-Total-Count"));
    mvc.perform(get("/api/audit").param("limit", "1000").with(demo.as("auditadmin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(5));
  }

  @Test
  void theHealthEndpointAnswersWithoutLoginAndTellsNothingElse() throws Exception {
    mvc.perform(get("/health").accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andExpect(content().json("{\"status\":\"UP\"}", true));
  }
}
