package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.cli.JixiaoCommand;
import io.jixiao.demo.DemoData;
import io.jixiao.document.InterchangeJson;
import io.jixiao.model.Indicator;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TestDocuments;
import io.jixiao.publish.Formats;
import io.jixiao.store.ActualsStore;
import io.jixiao.store.TargetStore;
import io.jixiao.store.TestDatabases;
import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectSummary;
import io.jixiao.workflow.ProjectWorkflows;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Imports through the web on the demo data set in PostgreSQL, where the command line can work on
 * the same database at the same time: where and as whose an uploaded document is stored is decided
 * by the uploader and the file's name, never by text inside the file (issue 12, point 1); the web
 * and the command line give the same answer for the same step.
 */
@SpringBootTest(classes = JixiaoWebApplication.class, properties = "jixiao.demo=true")
@AutoConfigureMockMvc
@DirtiesContext
class PostgresWebImportTest {

  static final TestDatabases.PostgresSchema SCHEMA = TestDatabases.postgres();

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
  @Autowired TargetStore store;
  @Autowired ActualsStore actuals;
  @Autowired Users users;

  @TempDir Path dir;

  private WebFixture demo() {
    return new WebFixture(targets, users);
  }

  @Test
  void anEditorCannotOverwriteAnotherDepartmentsDocumentThroughTheSourceInsideAJsonFile()
      throws Exception {
    TargetDocument land = DemoData.documents().get(WebFixture.LAND);
    List<ProjectSummary> before = targets.ofSource(land.source());
    // as the probe did: an education table whose "source" names the land department's file
    TargetDocument edu = DemoData.documents().get(WebFixture.EDUCATION);
    TargetDocument forged = new TargetDocument(land.source(), edu.department(), null,
        List.of(renamed(edu.projects().get(0), "伪造项目")));
    byte[] json = new InterchangeJson().write(forged).getBytes(StandardCharsets.UTF_8);

    mvc.perform(multipart("/api/documents")
            .file(new MockMultipartFile("file", "innocent.json", "application/json", json))
            .with(demo().as("edu")).with(csrf()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.source").value("innocent.json"));

    assertUntouched(land, before);
    assertThat(targets.ofSource("innocent.json")).singleElement()
        .satisfies(t -> {
          assertThat(t.department()).isEqualTo("云泽市教育局");
          assertThat(t.projectName()).isEqualTo("伪造项目");
          assertThat(t.state()).isEqualTo(ProjectState.DRAFT);
        });
  }

  @Test
  void anEditorCannotOverwriteAnotherDepartmentsDocumentThroughTheFileColumnOfAWorkbook()
      throws Exception {
    TargetDocument land = DemoData.documents().get(WebFixture.LAND);
    List<ProjectSummary> before = targets.ofSource(land.source());
    TargetDocument edu = DemoData.documents().get(WebFixture.EDUCATION);
    // the workbook's 文件 column names the land department's file
    TargetDocument forged = new TargetDocument(land.source(), edu.department(), null,
        List.of(renamed(edu.projects().get(1), "伪造项目二")));
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    Formats.forName("xlsx").orElseThrow().write(forged, xlsx);

    mvc.perform(multipart("/upload")
            .file(new MockMultipartFile("file", "innocent.xlsx", "application/octet-stream",
                xlsx.toByteArray()))
            .with(demo().as("edu")).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("innocent.xlsx：已导入 1 张绩效目标表")));

    assertUntouched(land, before);
    assertThat(targets.ofSource("innocent.xlsx")).extracting(ProjectSummary::projectName)
        .containsExactly("伪造项目二");

    // and the file name of another department's document is refused, whatever the file says
    mvc.perform(multipart("/upload")
            .file(new MockMultipartFile("file", land.source(), "application/octet-stream",
                xlsx.toByteArray()))
            .with(demo().as("edu")).with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("已有其他部门上传过同名文件")));
    assertUntouched(land, before);
  }

  @Test
  void theCommandLineAndTheWebGiveTheSameAnswerForTheSameStep() throws Exception {
    // actuals for a table that is not approved: refused by both, with the same reason
    ProjectSummary draft = demo().table(WebFixture.EDUCATION, 6); // 智慧校园建设, 编制中
    TargetDocument edu = DemoData.documents().get(WebFixture.EDUCATION);
    Path csv = dir.resolve("draft-actuals.csv");
    Files.writeString(csv, "source,seq,row,period,value,note\n"
        + edu.source() + ",6,spent,2024-06,10,\n", StandardCharsets.UTF_8);
    String reason = "表 6（智慧校园建设）项目当前为“编制中”，批复后才能填报执行数据（运行监控从批复后开始）";

    mvc.perform(multipart("/actuals/upload")
            .file(new MockMultipartFile("file", "draft-actuals.csv", "text/csv",
                Files.readAllBytes(csv)))
            .with(demo().as("edu")).with(csrf()))
        .andExpect(content().string(containsString(reason)));
    Cli actualsImport = cli("actuals-import", "--db", SCHEMA.url() + "&user=postgres",
        csv.toString());
    assertThat(actualsImport.exit).isEqualTo(1);
    assertThat(actualsImport.err).contains(reason);
    assertThat(actuals.entries(edu.source()))
        .noneMatch(e -> e.key().seq() == 6 && e.period().getMonthValue() == 6);
    assertThat(targets.summary(draft.id()).orElseThrow().state()).isEqualTo(ProjectState.DRAFT);

    // a published table changed by an import: a new draft by both, the published version public
    ProjectSummary one = demo().table(WebFixture.EDUCATION, 1);
    ProjectSummary two = demo().table(WebFixture.EDUCATION, 2);
    assertThat(one.state()).isEqualTo(ProjectState.PUBLISHED);
    assertThat(two.state()).isEqualTo(ProjectState.PUBLISHED);
    TargetDocument stored = store.load(edu.source()).orElseThrow();
    TargetDocument webChange = TestDocuments.withValue(stored, 1, 1, "≥1所");
    String webAnswer =
        mvc.perform(multipart("/api/documents")
                .file(new MockMultipartFile("file", edu.source(), "application/json",
                    new InterchangeJson().write(webChange).getBytes(StandardCharsets.UTF_8)))
                .with(demo().as("edu")).with(csrf()))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    Path file = dir.resolve(edu.source());
    Files.writeString(file, new InterchangeJson().write(TestDocuments.withValue(webChange, 2, 1, "≥1所")),
        StandardCharsets.UTF_8);
    Cli cliAnswer = cli("import", "--db", SCHEMA.url() + "&user=postgres", file.toString());
    assertThat(cliAnswer.exit).isZero();

    ProjectSummary webDraft = targets.summary(one.id()).orElseThrow();
    ProjectSummary cliDraft = targets.summary(two.id()).orElseThrow();
    for (ProjectSummary t : List.of(webDraft, cliDraft)) {
      assertThat(t.state()).isEqualTo(ProjectState.DRAFT);
      assertThat(t.hasPublishedVersion()).isTrue();
    }
    assertThat(webAnswer).contains(note(one));
    assertThat(cliAnswer.out).contains(note(two));
    assertThat(note(one).replace(one.projectName(), "X").replace("#" + one.id(), "#N"))
        .isEqualTo(note(two).replace(two.projectName(), "X").replace("#" + two.id(), "#N"));
    // the public still reads the published versions of both
    for (ProjectSummary t : List.of(one, two)) {
      mvc.perform(get("/api/public/targets/" + t.id()))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.target.state").value("PUBLISHED"))
          .andExpect(content().string(containsString(
              stored.projects().get(t.position() - 1).indicators().get(0).value())));
    }
  }

  private static String note(ProjectSummary t) {
    return "项目“" + t.projectName() + "”（#" + t.id() + "）原为“已公开”，内容有变化，已作为新版本回到“编制中”，"
        + "需重新提交审核；已公开的版本在新版本公开前继续公开";
  }

  private void assertUntouched(TargetDocument land, List<ProjectSummary> before) {
    assertThat(store.currentDepartment(land.source())).contains(land.department().name());
    assertThat(store.versions(land.source())).containsExactly(1);
    assertThat(targets.ofSource(land.source()))
        .extracting(ProjectSummary::id, ProjectSummary::state, ProjectSummary::revision,
            ProjectSummary::department)
        .containsExactlyElementsOf(
            before.stream()
                .map(t -> org.assertj.core.groups.Tuple.tuple(t.id(), t.state(), t.revision(),
                    t.department()))
                .toList());
  }

  private record Cli(int exit, String out, String err) {}

  private static Cli cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = JixiaoCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Cli(exit, out.toString(), err.toString());
  }

  private static Project renamed(Project p, String name) {
    return new Project(p.seq(), p.title(), p.unit(), null, name, p.budget(), p.fundUse(),
        p.spendingPlan(), p.goals(), p.indicators(), p.taxonomy());
  }


}
