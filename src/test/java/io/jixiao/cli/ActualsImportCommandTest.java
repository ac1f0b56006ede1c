package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.monitor.ActualsTemplate;
import io.jixiao.monitor.ProjectActuals;
import io.jixiao.monitor.SampleActuals;
import io.jixiao.results.LastYearFixture;
import io.jixiao.store.ActualsStore;
import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import io.jixiao.store.Database;
import io.jixiao.store.TestDatabases;
import io.jixiao.workflow.Actor;
import io.jixiao.workflow.Approved;
import io.jixiao.workflow.ImportDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao actuals-import} on a temporary H2 file database holding seed 001. */
class ActualsImportCommandTest {

  @TempDir Path dir;

  private String url;

  @BeforeEach
  void storeSeed001() {
    url = TestDatabases.h2Url(dir.resolve("db"));
    try (Database db = Database.open(url)) {
      // monitoring starts after approval: every table of seed 001 is approved
      Approved.importAndApprove(db.dataSource(), SampleActuals.chengde());
    }
  }

  private long actualsAuditEntries() {
    try (Database db = Database.open(url)) {
      return new AuditLog(db.dataSource()).newest(0, 10_000).stream()
          .filter(e -> e.action().equals("ACTUALS_IMPORT"))
          .count();
    }
  }

  private List<io.jixiao.monitor.ActualsEntry> stored() {
    try (Database db = Database.open(url)) {
      return new ActualsStore(db.dataSource()).entries(Seeds.CHENGDE);
    }
  }

  private ProjectActuals storedTable(int seq) {
    try (Database db = Database.open(url)) {
      return new ActualsStore(db.dataSource()).load(Seeds.CHENGDE).of(Seeds.CHENGDE, seq).orElseThrow();
    }
  }

  private Path csv(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void storesEachFileAndSaysHowManyLinesWereCreatedOrReplaced() {
    CliRun first =
        CliRun.run(
            "actuals-import",
            "--db",
            url,
            SampleActuals.csv().toString(),
            LastYearFixture.table4Csv().toString());

    assertThat(first.exit()).isZero();
    assertThat(first.out())
        .isEqualTo(
            "001-chengde-2023.csv：已保存 46 行（新增 46 行，替换 0 行）\n"
                + "001-chengde-2023-table4.csv：已保存 9 行（新增 9 行，替换 0 行）\n"
                + "共 2 个文件：已保存 2 个，未保存 0 个\n");
    assertThat(first.err()).isEmpty();
    assertThat(stored()).hasSize(55);
    assertThat(storedTable(4).lastSpent().orElseThrow().getValue().wan()).isEqualByComparingTo("3.00");

    long audited = actualsAuditEntries();
    CliRun again = CliRun.run("actuals-import", "--db", url, LastYearFixture.table4Csv().toString());

    assertThat(again.exit()).isZero();
    assertThat(again.out())
        .isEqualTo("001-chengde-2023-table4.csv：已保存 0 行（新增 0 行，替换 0 行，未变 9 行）\n");
    assertThat(stored()).hasSize(55);
    assertThat(actualsAuditEntries()).isEqualTo(audited);

    // every stored value is audited as on the web, by the operating-system user of the command line
    try (Database db = Database.open(url)) {
      List<AuditEntry> audit = new AuditLog(db.dataSource()).newest(0, 1000).stream()
          .filter(e -> e.action().equals("ACTUALS_IMPORT")).toList();
      assertThat(audit).hasSizeGreaterThanOrEqualTo(55)
          .allMatch(e -> e.actor().equals("命令行:" + System.getProperty("user.name")))
          .allMatch(e -> e.targetId() != null);
      assertThat(audit).anyMatch(e -> e.subject().endsWith("国土变更调查市级监理")
          && e.field().equals("执行数据 2023-12 累计支出（万元）") && e.oldValue() == null
          && e.newValue().equals("3.00"));
    }
  }

  @Test
  void actualsOfATableNotYetApprovedAreRefusedAsOnTheWeb() {
    String drafts = TestDatabases.h2Url(dir.resolve("drafts"));
    try (Database db = Database.open(drafts)) {
      new ImportDocument(db.dataSource())
          .run(Seeds.CHENGDE, SampleActuals.chengde(), new Actor("dept", null));
    }

    CliRun run =
        CliRun.run("actuals-import", "--db", drafts, LastYearFixture.table4Csv().toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("001-chengde-2023-table4.csv：未保存，9 个错误\n");
    assertThat(run.err())
        .contains("表 4（2023年承德市2022年度国土变更调查市级监理）项目当前为“编制中”，批复后才能填报执行数据（运行监控从批复后开始）");
    try (Database db = Database.open(drafts)) {
      assertThat(new ActualsStore(db.dataSource()).entries(Seeds.CHENGDE)).isEmpty();
    }
  }

  @Test
  void aFileWithAnyErrorStoresNothingAndEveryProblemIsPrintedWithItsPlace() throws IOException {
    Path bad =
        csv(
            "bad.csv",
            "source,seq,row,period,value,note",
            Seeds.CHENGDE + ",4,spent,2023-12,3,",
            Seeds.CHENGDE + ",99,spent,2023-12,3,",
            Seeds.CHENGDE + ",4,2,2023-13,90%,");

    CliRun run =
        CliRun.run("actuals-import", "--db", url, bad.toString(), SampleActuals.csv().toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            "bad.csv：未保存，2 个错误\n"
                + "001-chengde-2023.csv：已保存 46 行（新增 46 行，替换 0 行）\n"
                + "共 2 个文件：已保存 1 个，未保存 1 个\n");
    assertThat(run.err())
        .contains("bad.csv:3: 错误 列 seq：文本“" + Seeds.CHENGDE + "”中没有表 99（共 36 张表） [ACT-SEQ-UNKNOWN]")
        .contains("bad.csv:4: 错误 列 period：期间应为 YYYY-MM");
    // the good line of bad.csv (table 4 spent) was not stored either
    assertThat(stored()).hasSize(46).noneMatch(e -> e.key().seq() == 4);
  }

  @Test
  void actualsOfADocumentNotStoredAreRefused() throws IOException {
    Path other =
        csv("other.csv", "source,seq,row,period,value,note", "unknown.txt,1,spent,2023-12,3,");

    CliRun run = CliRun.run("actuals-import", "--db", url, other.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("other.csv：未保存，1 个错误\n");
    assertThat(run.err()).startsWith("other.csv:2: 错误 列 source：");
    assertThat(stored()).isEmpty();
    assertThat(actualsAuditEntries()).isZero();
  }

  @Test
  void storesAFilledXlsxTemplate() throws IOException {
    Path template = dir.resolve("承德-执行数据.xlsx");
    try (OutputStream o = Files.newOutputStream(template)) {
      ActualsTemplate.write(List.of(SampleActuals.chengde()), YearMonth.of(2023, 12), o);
    }
    // table 4's year-end figures, as in actuals/001-chengde-2023-table4.csv
    Map<String, String> values =
        Map.of("spent", "3", "1", "4个", "2", "85%", "3", "40%", "4", "3万元", "5", "30%", "6", "30%", "7", "96%");
    DataFormatter text = new DataFormatter();
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(template)) {
      wb = new XSSFWorkbook(in);
    }
    XSSFSheet sheet = wb.getSheet("执行数据");
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      String value = values.get(text.formatCellValue(row.getCell(2)));
      if ("4".equals(text.formatCellValue(row.getCell(1))) && value != null) {
        row.getCell(4).setCellValue(value);
      }
    }
    try (OutputStream o = Files.newOutputStream(template)) {
      wb.write(o);
    }
    wb.close();

    CliRun run = CliRun.run("actuals-import", "--db", url, template.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("承德-执行数据.xlsx：已保存 8 行（新增 8 行，替换 0 行）\n");
    ProjectActuals t4 = storedTable(4);
    assertThat(t4.lastSpent().orElseThrow().getValue().wan()).isEqualByComparingTo("3.00");
    assertThat(t4.latest(7).orElseThrow().printed()).isEqualTo("96%");
  }

  @Test
  void withoutAFileItIsAUsageError() {
    CliRun run = CliRun.run("actuals-import", "--db", url);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("用法错误：");
  }
}
