package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.document.ImportResult;
import io.jixiao.monitor.SampleActuals;
import io.jixiao.results.LastYearFixture;
import io.jixiao.store.ActualsStore;
import io.jixiao.store.Database;
import io.jixiao.store.TargetStore;
import io.jixiao.store.TestDatabases;
import io.jixiao.model.TargetDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code review}, {@code monitor} and {@code evaluate} with {@code --db} on a temporary H2 file
 * database holding two years of 承德 ({@link LastYearFixture}: seed 001 as 2023 with the sample
 * actuals and a poor year of table 4, the same tables as the 2024 draft with table 4 at 15.00 万元).
 */
class StoredDocumentsCommandTest {

  @TempDir Path dir;

  private String url;

  /** DOC files read as the 2024 draft, whatever their name. */
  private static final Function<Path, ImportResult> DRAFT_READER =
      file -> new ImportResult(LastYearFixture.draft2024("15.00"), List.of());

  @BeforeEach
  void storeTwoYears() {
    url = TestDatabases.h2Url(dir.resolve("db"));
    try (Database db = Database.open(url)) {
      TargetStore targets = new TargetStore(db.dataSource());
      targets.save(LastYearFixture.year2023());
      targets.save(LastYearFixture.draft2024("15.00"));
      ActualsStore actuals = new ActualsStore(db.dataSource());
      actuals.save(SampleActuals.read());
      actuals.save(LastYearFixture.table4Actuals());
    }
  }

  private static JsonNode json(CliRun run) {
    return JsonMapper.builder().build().readTree(run.out());
  }

  /** The sources of a report's {@code documents} or an evaluation's {@code projects}, distinct. */
  private static List<String> sources(JsonNode list) {
    return list.valueStream().map(n -> n.get("source").stringValue()).distinct().toList();
  }

  /** Every finding of a review report as {@code table:rule}, with the R1 finding's message. */
  private static List<String> findings(JsonNode document) {
    return document.get("tables").valueStream()
        .flatMap(
            t ->
                t.get("findings").valueStream()
                    .map(
                        f ->
                            t.get("seq").intValue()
                                + ":"
                                + f.get("rule").stringValue()
                                + (f.get("rule").stringValue().equals("R1")
                                    ? " " + f.get("field").stringValue() + " " + f.get("message").stringValue()
                                    : "")))
        .toList();
  }

  private Path file(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static final String R1_TABLE_4 =
      "上年（2023年）“2023年承德市2022年度国土变更调查市级监理”绩效自评 54.47 分，等级“差”，6 项指标未完成；"
          + "预算数却由上年的 10 万元 增至 15 万元（+5 万元，+50.0%）";

  // evaluate -------------------------------------------------------------------------------------

  @Test
  void evaluateScoresTheStoredDocumentsOfAYearWithTheStoredActuals() {
    CliRun run = CliRun.run("evaluate", "--db", url, "--year", "2023");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("共 36 个项目：优 2，良 0，中 3，差 31")
        .contains("   1  97.00    优    " + Seeds.CHENGDE + " 表 1 2023 年测绘地理信息资质单位质量监督检查")
        .contains("   6  54.47    差    " + Seeds.CHENGDE + " 表 4 2023年承德市2022年度国土变更调查市级监理")
        .doesNotContain(LastYearFixture.DRAFT_2024);
  }

  @Test
  void evaluateWithoutFilterTakesEveryStoredDocument() {
    CliRun run =
        CliRun.run("evaluate", "--db", url, "--department", LastYearFixture.DEPARTMENT, "--format", "json");

    assertThat(run.exit()).isZero();
    JsonNode projects = json(run).get("projects");
    assertThat(sources(projects)).containsExactly(Seeds.CHENGDE, LastYearFixture.DRAFT_2024);
    assertThat(projects.size()).isEqualTo(72);
    assertThat(projects.get(3).get("seq").intValue()).isEqualTo(4);
    assertThat(projects.get(3).get("score").decimalValue()).isEqualByComparingTo("54.47");
  }

  @Test
  void evaluateFindsNothingForAYearNotStored() {
    CliRun run = CliRun.run("evaluate", "--db", url, "--year", "2022");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("数据库中没有已导入的文件（2022 年度）；请先用 jixiao import 导入\n");
  }

  @Test
  void actualsWithStoredDocumentsIsAUsageErrorInChinese() {
    CliRun run =
        CliRun.run("evaluate", "--db", url, "--actuals", SampleActuals.csv().toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("用法错误：--actuals 不能用于数据库中的文件（--db 且不给 DOC）：它们使用数据库中的执行数据");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void neitherDocNorDatabaseIsAUsageError() {
    CliRun run = CliRun.run("evaluate", "--actuals", SampleActuals.csv().toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("用法错误：请给出绩效目标文件 DOC，或用 --db URL 处理数据库中已导入的文件");
  }

  @Test
  void departmentOrYearWithDocIsAUsageError() {
    CliRun run =
        CliRun.run(
            "evaluate",
            "--db",
            url,
            "--year",
            "2023",
            "--actuals",
            SampleActuals.csv().toString(),
            Seeds.path(Seeds.CHENGDE).toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("用法错误：--department 和 --year 只用于数据库中的文件");
  }

  @Test
  void evaluateOfDocFilesWithDatabaseTakesTheActualsStoredForThem() {
    CliRun run = CliRun.run("evaluate", "--db", url, Seeds.path(Seeds.CHENGDE).toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("   6  54.47    差    " + Seeds.CHENGDE + " 表 4 2023年承德市2022年度国土变更调查市级监理");
  }

  // monitor ------------------------------------------------------------------------------------------

  @Test
  void monitorMeasuresTheStoredDocumentsWithTheStoredActuals() {
    CliRun run = CliRun.run("monitor", "--db", url, "--year", "2023", "--as-of", "2023-10");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith("预算绩效运行监控报告（截至2023年10月底；规则包 default 2024.1（全国））")
        .contains("文件 " + Seeds.CHENGDE + " 承德市自然资源和规划局：绩效目标表 36 张，报送执行情况 6 张")
        .contains("   4  2023年承德市2022年度国土变更调查市级监理")
        .doesNotContain(LastYearFixture.DRAFT_2024);
  }

  @Test
  void monitorTakesTheLatestMonthStoredWhenNoDateIsGiven() {
    CliRun run = CliRun.run("monitor", "--db", url, "--year", "2023");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("预算绩效运行监控报告（截至2023年12月底；");
  }

  @Test
  void monitorWithoutStoredActualsAsksForADate() {
    CliRun run = CliRun.run("monitor", "--db", url, "--year", "2024");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("数据库：没有任何执行数据，请用 --as-of 指定监控时点\n");
  }

  @Test
  void monitorWithActualsAndStoredDocumentsIsAUsageError() {
    CliRun run =
        CliRun.run("monitor", "--db", url, "--actuals", SampleActuals.csv().toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("用法错误：--actuals 不能用于数据库中的文件");
  }

  // review ---------------------------------------------------------------------------------------

  @Test
  void reviewOfTheStoredDraftUsesLastYearsDocumentAndResults() {
    CliRun run =
        CliRun.run("review", "--db", url, "--year", "2024", "--format", "json");

    assertThat(run.exit()).isZero();
    JsonNode documents = json(run).get("documents");
    assertThat(sources(documents)).containsExactly(LastYearFixture.DRAFT_2024);
    // only table 4 continues a poor year with more money and the same indicators
    assertThat(findings(documents.get(0)))
        .filteredOn(f -> f.contains("R1") || f.contains("X3"))
        .containsExactlyInAnyOrder("4:R1 budget.total " + R1_TABLE_4, "4:X3");
  }

  @Test
  void reviewOfADocFileWithDatabaseUsesLastYearFromIt() throws IOException {
    Path doc = file("承德-2024.txt", "…");

    CliRun withDb = CliRun.run(DRAFT_READER, "review", "--db", url, doc.toString());
    CliRun withoutDb = CliRun.run(DRAFT_READER, "review", doc.toString());

    assertThat(withDb.exit()).isZero();
    assertThat(withDb.out()).contains("R1").contains(R1_TABLE_4);
    assertThat(withoutDb.exit()).isZero();
    assertThat(withoutDb.out()).doesNotContain("R1").doesNotContain("X3");
  }

  @Test
  void reviewOfTheFirstYearStoredHasNoLastYear() {
    CliRun run = CliRun.run("review", "--db", url, "--year", "2023", "--format", "json");

    assertThat(run.exit()).isZero();
    JsonNode documents = json(run).get("documents");
    assertThat(sources(documents)).containsExactly(Seeds.CHENGDE);
    assertThat(findings(documents.get(0))).noneMatch(f -> f.contains("R1") || f.contains("X3"));
  }

  @Test
  void reviewOfAFileWithoutDatabaseWorksAsBefore() {
    TargetDocument draft = LastYearFixture.draft2024("15.00");
    CliRun run = CliRun.run(DRAFT_READER, "review", "--format", "json", "draft.txt");

    assertThat(run.exit()).isZero();
    assertThat(sources(json(run).get("documents"))).containsExactly(draft.source());
  }
}
