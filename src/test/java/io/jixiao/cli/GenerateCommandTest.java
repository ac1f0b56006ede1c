package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.document.DocumentReader;
import io.jixiao.generate.SeedProfile;
import io.jixiao.model.TargetDocument;
import io.jixiao.store.Database;
import io.jixiao.store.TargetStore;
import io.jixiao.store.TestDatabases;
import io.jixiao.workflow.Approved;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao generate}: the same seed writes the same bytes, and the files import. */
class GenerateCommandTest {

  @TempDir Path dir;

  private CliRun generate(Path out, int departments, long seed, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "generate",
                "--departments", Integer.toString(departments),
                "--tables-per-department", "12",
                "--year", "2024",
                "--seed", Long.toString(seed),
                "--out", out.toString()));
    args.addAll(List.of(more));
    return CliRun.run(args.toArray(String[]::new));
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void theSameSeedWritesByteIdenticalFilesAndAnotherSeedOthers() throws IOException {
    CliRun first = generate(dir.resolve("a"), 3, 42, "--actuals");
    CliRun second = generate(dir.resolve("b"), 3, 42, "--actuals");
    generate(dir.resolve("c"), 3, 43, "--actuals");

    assertThat(first.exit()).isZero();
    assertThat(first.out()).startsWith("已生成 3 个部门、36 张表、");
    assertThat(files(dir.resolve("a")).stream().map(p -> p.getFileName().toString()))
        .containsExactly(
            "gen-2024-s42-00001-actuals.csv", "gen-2024-s42-00001.json",
            "gen-2024-s42-00002-actuals.csv", "gen-2024-s42-00002.json",
            "gen-2024-s42-00003-actuals.csv", "gen-2024-s42-00003.json");
    assertThat(second.exit()).isZero();
    for (Path a : files(dir.resolve("a"))) {
      Path b = dir.resolve("b").resolve(a.getFileName());
      assertThat(Files.readAllBytes(b)).as(a.getFileName().toString())
          .isEqualTo(Files.readAllBytes(a));
    }
    assertThat(Files.readString(dir.resolve("c").resolve("gen-2024-s43-00001.json")))
        .isNotEqualTo(Files.readString(dir.resolve("a").resolve("gen-2024-s42-00001.json")));
  }

  @Test
  void aDepartmentDoesNotDependOnHowManyAreGenerated() throws IOException {
    generate(dir.resolve("two"), 2, 5);
    generate(dir.resolve("five"), 5, 5);

    for (Path two : files(dir.resolve("two"))) {
      assertThat(Files.readAllBytes(dir.resolve("five").resolve(two.getFileName())))
          .isEqualTo(Files.readAllBytes(two));
    }
  }

  @Test
  void theGeneratedDocumentsAndActualsImportIntoH2WithoutAnError() throws IOException {
    Path out = dir.resolve("region");
    generate(out, 4, 11, "--actuals");
    String url = TestDatabases.h2Url(dir.resolve("db"));
    String approvedUrl = TestDatabases.h2Url(dir.resolve("approved"));
    List<String> json = new ArrayList<>(List.of("import", "--db", url));
    List<String> csv = new ArrayList<>(List.of("actuals-import", "--db", approvedUrl));
    try (Database db = Database.open(approvedUrl)) {
      for (Path p : files(out)) {
        if (p.toString().endsWith(".json")) {
          json.add(p.toString());
          // monitoring starts after approval: the actuals go to a database with every table approved
          Approved.importAndApprove(db.dataSource(), new DocumentReader().read(p).document());
        } else {
          csv.add(p.toString());
        }
      }
    }

    CliRun imported = CliRun.run(json.toArray(String[]::new));
    CliRun actuals = CliRun.run(csv.toArray(String[]::new));

    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.err()).doesNotContain("错误");
    assertThat(actuals.exit()).as(actuals.out() + actuals.err()).isZero();
    assertThat(actuals.out()).contains("gen-2024-s11-00001-actuals.csv：已保存");
    assertThat(actuals.out() + actuals.err()).doesNotContain("警告").doesNotContain("错误");
    try (Database db = Database.open(url)) {
      TargetStore store = new TargetStore(db.dataSource());
      assertThat(store.currentSources(null, 2024)).hasSize(4);
      assertThat(store.load("gen-2024-s11-00002.json").orElseThrow().projects()).hasSize(12);
    }
  }

  @Test
  void anotherProfileChangesWhatIsGeneratedAndABrokenOneIsRefused() throws IOException {
    Path raised = dir.resolve("raised.txt");
    Files.writeString(
        raised,
        SeedProfile.defaults().withRate(SeedProfile.Defect.BUDGET_MISMATCH, 1).text());
    Path broken = dir.resolve("broken.txt");
    Files.writeString(broken, "count level2\n");

    CliRun ok = generate(dir.resolve("p"), 1, 1, "--profile", raised.toString());
    CliRun refused = generate(dir.resolve("q"), 1, 1, "--profile", broken.toString());

    assertThat(ok.exit()).isZero();
    TargetDocument d =
        new DocumentReader().read(dir.resolve("p").resolve("gen-2024-s1-00001.json")).document();
    assertThat(d.projects())
        .filteredOn(p -> p.budget() != null)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.budget().inconsistent()).isTrue());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).contains("画像第 1 行格式不正确");
  }

  @Test
  void noDepartmentsIsAUsageError() {
    CliRun r = generate(dir.resolve("none"), 0, 1);

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--departments 和 --tables-per-department 都至少为 1");
  }
}
