package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.audit.AuditLog;
import io.jixiao.demo.DemoData;
import io.jixiao.monitor.ActualsEntry;
import io.jixiao.store.ActualsStore;
import io.jixiao.store.TestDatabases;
import io.jixiao.workflow.ProjectWorkflows;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Entering actuals on the real PostgreSQL at 127.0.0.1:5432 (a schema of its own): through the API
 * and as an uploaded file, stored exactly and audited; and stored not at all when the audit entry
 * cannot be written, since both are one transaction. Fails when the server is unreachable.
 */
@SpringBootTest(
    classes = JixiaoWebApplication.class,
    properties = {
      "jixiao.demo=true",
      // the tests enter 2024 months themselves: without the demo's own actuals of 2024
      "jixiao.demo.actuals=false"
    })
@AutoConfigureMockMvc
@DirtiesContext
class PostgresWebActualsTest {

  private static final TestDatabases.PostgresSchema SCHEMA = TestDatabases.postgres();
  private static final String EDUCATION = DemoData.documents().get(WebFixture.EDUCATION).source();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("jixiao.db", SCHEMA::url);
  }

  @AfterAll
  static void dropSchema() {
    SCHEMA.close();
  }

  @Autowired MockMvc mvc;
  @Autowired ProjectWorkflows targets;
  @Autowired Users users;
  @Autowired AuditLog audit;
  @Autowired ActualsStore actuals;
  @Autowired DataSource dataSource;

  @Test
  void actualsAreEnteredUploadedAndAuditedOnPostgresInOneTransaction() throws Exception {
    WebFixture demo = new WebFixture(targets, users);
    long id = demo.id(WebFixture.EDUCATION, 5);
    mvc.perform(post("/api/targets/" + id + "/actuals").with(demo.as("edu")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"entries\":[{\"period\":\"2024-06\",\"row\":\"spent\",\"value\":\"123.4567891\"},"
                + "{\"period\":\"2024-06\",\"row\":\"1\",\"value\":\"6420人\",\"note\":\"含转学\"}]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("entries[0].value"));
    mvc.perform(post("/api/targets/" + id + "/actuals").with(demo.as("edu")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"entries\":[{\"period\":\"2024-06\",\"row\":\"spent\",\"value\":\"123.456789\"},"
                + "{\"period\":\"2024-06\",\"row\":\"1\",\"value\":\"6420人\",\"note\":\"含转学\"}]}"))
        .andExpect(status().isOk());
    mvc.perform(multipart("/actuals/upload")
            .file(new MockMultipartFile("file", "九月.csv", "text/csv",
                ("source,seq,row,period,value,note\n" + EDUCATION + ",5,spent,2024-09,300.5,\n")
                    .getBytes(StandardCharsets.UTF_8)))
            .with(demo.as("edu")).with(csrf()))
        .andExpect(status().isOk());
    assertThat(actuals.load(EDUCATION).of(EDUCATION, 5).orElseThrow().spent())
        .containsOnlyKeys(YearMonth.of(2024, 6), YearMonth.of(2024, 9));
    assertThat(actuals.entries(EDUCATION))
        .extracting(ActualsEntry::row, ActualsEntry::value)
        .contains(
            tuple("spent", "123.456789"),
            tuple("spent", "300.50"),
            tuple("1", "6420人"));
    assertThat(audit.ofTarget(id)).filteredOn(e -> e.action().startsWith("ACTUALS")).hasSize(4);

    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("ALTER TABLE audit_entry ADD CONSTRAINT ck_no_october"
            + " CHECK (field IS NULL OR field NOT LIKE '执行数据 2024-10%')").update();
    try {
      // the failure is logged and answered 503 without internals (ADR 0013), and nothing is kept
      mvc.perform(post("/projects/" + id + "/actuals").with(demo.as("edu"))
              .with(csrf()).param("period", "2024-10").param("spent", "400"))
          .andExpect(status().isServiceUnavailable())
          .andExpect(content().string(containsString(ErrorHandling.STORE_FAILED)))
          .andExpect(content().string(not(containsString("ck_no_october"))));
    } finally {
      jdbc.sql("ALTER TABLE audit_entry DROP CONSTRAINT ck_no_october").update();
    }
    assertThat(actuals.entries(EDUCATION)).noneMatch(e -> e.period().equals(YearMonth.of(2024, 10)));
  }
}
