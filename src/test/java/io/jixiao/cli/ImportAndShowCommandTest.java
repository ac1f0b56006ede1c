package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import io.jixiao.document.ImportProblem;
import io.jixiao.document.ImportResult;
import io.jixiao.store.Database;
import io.jixiao.store.TargetStore;
import io.jixiao.store.TestDatabases;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TestDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} and {@code show} on a temporary H2 file database. The table readers are written
 * elsewhere; where a readable document is needed, a reader stand-in returns hand-built documents.
 */
class ImportAndShowCommandTest {

  @TempDir Path dir;

  private String url;

  /** Documents the stand-in reader returns, by file name; other files go to the real reader. */
  private final Map<String, ImportResult> readable = new HashMap<>();

  /** Files on which the stand-in reader fails as a defective reader would. */
  private final Set<String> exploding = new HashSet<>();

  @BeforeEach
  void database() {
    url = TestDatabases.h2Url(dir.resolve("db"));
  }

  @Test
  void importsADocumentAndShowListsItWithItsCountsAndBudget() throws IOException {
    Path file = file("001_chengde.txt", "…");
    readable("001_chengde.txt", TestDocuments.everyField("001_chengde.txt"));

    Run imported = run("import", "--db", url, file.toString());

    assertThat(imported.exit).isZero();
    assertThat(imported.out).isEqualTo("001_chengde.txt: 已导入 3 张表, 9 个指标 (版本 1)\n");
    assertThat(imported.err).isEmpty();

    Run shown = run("show", "--db", url);

    assertThat(shown.exit).isZero();
    assertThat(shown.out.split("\n"))
        .containsExactly(
            "部门                    年度  文件             版本  项目数  指标数  预算合计(万元)",
            "承德市自然资源和规划局  2023  001_chengde.txt     1       3       9         27.3456",
            "共 1 个部门, 1 个文件, 3 张表, 9 个指标, 预算合计 27.3456 万元");
  }

  @Test
  void reportsAnUnchangedReimportAndANewVersionForChangedContent() throws IOException {
    Path file = file("002.txt", "…");
    readable("002.txt", TestDocuments.small("002.txt", "天津市生态环境局", 2024, 2));
    run("import", "--db", url, file.toString());

    Run again = run("import", "--db", url, file.toString());

    assertThat(again.exit).isZero();
    assertThat(again.out).isEqualTo("002.txt: 未变化 (版本 1, 2 张表, 4 个指标)\n");

    readable("002.txt", TestDocuments.small("002.txt", "天津市生态环境局", 2024, 3));
    Run changed = run("import", "--db", url, file.toString());

    assertThat(changed.out).isEqualTo("002.txt: 已导入 3 张表, 6 个指标 (版本 2, 保留旧版本 1)\n");
    assertThat(run("show", "--db", url).out).contains("002.txt     2       3       6");

    // two versions stored, two audit entries; the unchanged re-import wrote none
    try (Database db = Database.open(url)) {
      assertThat(new AuditLog(db.dataSource()).newest(0, 10))
          .extracting(AuditEntry::action, AuditEntry::subject, AuditEntry::oldValue,
              AuditEntry::newValue)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("IMPORT", "文件 002.txt", "1", "2（3 张表，6 个指标）"),
              org.assertj.core.groups.Tuple.tuple("IMPORT", "文件 002.txt", null, "1（2 张表，4 个指标）"));
    }
  }

  @Test
  void anEmptyFileExitsWithOneAndStoresNothing() throws IOException {
    Path empty = file("empty.txt", "");

    Run run = run("import", "--db", url, empty.toString());

    assertThat(run.exit).isEqualTo(1);
    assertThat(run.out).isEqualTo("empty.txt: 未导入, 1 个错误\n");
    assertThat(run.err).isEqualTo("empty.txt: 错误 文件为空，没有可读取的内容 [IMP-EMPTY]\n");
    assertThat(storedSources()).isEmpty();
  }

  @Test
  void storesTheReadableFilesAndReportsTheOthersWithTheirLocation() throws IOException {
    Path good = file("good.txt", "…");
    Path bad = file("bad.txt", "…");
    Path missing = dir.resolve("missing.txt");
    readable("good.txt", TestDocuments.small("good.txt", "某局", 2023, 1));
    readable(
        "bad.txt",
        new ImportResult(
            null,
            List.of(
                new ImportProblem(
                    ImportProblem.Severity.ERROR,
                    "IMP-VALUE",
                    "bad.txt",
                    152,
                    3,
                    "指标值",
                    "指标值为空"))));

    Run run = run("import", "--db", url, bad.toString(), good.toString(), missing.toString());

    assertThat(run.exit).isEqualTo(1);
    assertThat(run.out.split("\n"))
        .containsExactly(
            "bad.txt: 未导入, 1 个错误",
            "good.txt: 已导入 1 张表, 2 个指标 (版本 1)",
            "missing.txt: 未导入, 1 个错误",
            "共 3 个文件：已导入 1 个，未变化 0 个，未导入 2 个");
    assertThat(run.err)
        .contains("bad.txt:152: 错误 表 3, 字段 指标值, 指标值为空 [IMP-VALUE]")
        .contains("missing.txt: 错误 无法读取文件：")
        .contains("[IMP-IO]");
    assertThat(storedSources()).containsExactly("good.txt");
  }

  @Test
  void aReaderDefectInOneFileDoesNotStopTheOthers() throws IOException {
    Path boom = file("boom.txt", "…");
    Path good = file("good.txt", "…");
    exploding.add("boom.txt");
    readable("good.txt", TestDocuments.small("good.txt", "某局", 2023, 1));

    Run run = run("import", "--db", url, boom.toString(), good.toString());

    assertThat(run.exit).isEqualTo(1);
    assertThat(run.out.split("\n"))
        .containsExactly(
            "boom.txt: 未导入, 内部错误",
            "good.txt: 已导入 1 张表, 2 个指标 (版本 1)",
            "共 2 个文件：已导入 1 个，未变化 0 个，未导入 1 个");
    assertThat(run.err)
        .isEqualTo("boom.txt: 错误 读取时发生内部错误：java.lang.IllegalStateException: reader defect\n");
    assertThat(storedSources()).containsExactly("good.txt");
  }

  @Test
  void importWithoutFilesIsAUsageError() {
    Run run = run("import", "--db", url);

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("Missing required parameter: 'FILE'");
  }

  @Test
  void anUnsupportedDatabaseUrlIsAUsageError() {
    Run run = run("show", "--db", "jdbc:mysql://localhost/x");

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("不支持的数据库地址：jdbc:mysql://localhost/x");
  }

  @Test
  void anUnreachableDatabaseExitsWithOneAndSaysSoInChinese() throws IOException {
    Run run =
        run("import", "--db", "jdbc:postgresql://127.0.0.1:1/none", file("x.txt", "").toString());

    assertThat(run.exit).isEqualTo(1);
    assertThat(run.err).startsWith("错误：无法连接数据库 jdbc:postgresql://127.0.0.1:1/none：");
    assertThat(run.out).isEmpty();
  }

  @Test
  void showOnAnEmptyDatabaseSaysThereIsNothingYet() {
    Run run = run("show", "--db", url);

    assertThat(run.exit).isZero();
    assertThat(run.out).isEqualTo("数据库中还没有导入的文件。用 jixiao import FILE... 导入。\n");
  }

  @Test
  void showListsDocumentsStoredThroughTheStoreOnPostgres() {
    try (TestDatabases.PostgresSchema schema = TestDatabases.postgres()) {
      try (Database db = Database.open(schema.url())) {
        TargetStore store = new TargetStore(db.dataSource());
        store.save(TestDocuments.everyField("a.txt"));
        store.save(TestDocuments.small("b.txt", "天津市生态环境局", 2024, 2));
        store.save(
            TestDocuments.document("c.txt")
                .projects(TestDocuments.project(1, "无部门绩效目标表").build())
                .build());
      }

      Run run = run("show", "--db", schema.url());

      assertThat(run.exit).isZero();
      assertThat(run.out.split("\n"))
          .containsExactly(
              "部门                    年度  文件   版本  项目数  指标数  预算合计(万元)",
              "天津市生态环境局        2024  b.txt     1       2       4            4.00",
              "承德市自然资源和规划局  2023  a.txt     1       3       9         27.3456",
              "（未注明）                 -  c.txt     1       1       0               -",
              "共 2 个部门, 3 个文件, 6 张表, 13 个指标, 预算合计 31.3456 万元");
    }
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private void readable(String name, TargetDocument document) {
    readable.put(name, new ImportResult(document, List.of()));
  }

  private void readable(String name, ImportResult result) {
    readable.put(name, result);
  }

  private List<String> storedSources() {
    try (Database db = Database.open(url)) {
      return new TargetStore(db.dataSource()).list().stream().map(s -> s.source()).toList();
    }
  }

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    io.jixiao.document.DocumentReader real = new io.jixiao.document.DocumentReader();
    Function<Path, ImportResult> reader =
        path -> {
          if (exploding.contains(path.getFileName().toString())) {
            throw new IllegalStateException("reader defect");
          }
          ImportResult r = readable.get(path.getFileName().toString());
          return r != null ? r : real.read(path);
        };
    CliRun result =
        CliRun.withCommands(type -> type == ImportCommand.class ? new ImportCommand(reader) : null, args);
    return new Run(result.exit(), result.out(), result.err());
  }
}
