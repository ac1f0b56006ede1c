package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.store.Database;
import io.jixiao.store.TargetStore;
import io.jixiao.store.TestDatabases;
import io.jixiao.workflow.ProjectWorkflows;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao load}: many files, batches, a line per file, an unreadable file stores nothing. */
class LoadCommandTest {

  @TempDir Path dir;

  @Test
  void loadStoresEveryReadableFileInBatchesAndReportsTheUnreadableOne() throws Exception {
    Path region = dir.resolve("region");
    assertThat(CliRun.run("generate", "--departments", "5", "--tables-per-department", "4",
        "--seed", "2", "--out", region.toString()).exit()).isZero();
    Path broken = region.resolve("broken.json");
    Files.writeString(broken, "{\"formatVersion\": ", StandardCharsets.UTF_8);
    List<Path> files;
    try (var listed = Files.list(region)) {
      files = listed.sorted().toList();
    }
    String url = TestDatabases.h2Url(dir.resolve("db"));
    String[] args = new String[4 + files.size()];
    args[0] = "load";
    args[1] = "--db";
    args[2] = url;
    args[3] = "--batch=2";
    for (int i = 0; i < files.size(); i++) {
      args[4 + i] = files.get(i).toString();
    }

    CliRun run = CliRun.run(args);

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("broken.json: 未导入, 1 个错误")
        .contains("gen-2024-s2-00001.json: 已导入 4 张表")
        .contains("共 6 个文件：已导入 5 个（20 张表，");
    try (Database db = Database.open(url)) {
      assertThat(new TargetStore(db.dataSource()).list()).hasSize(5);
      assertThat(new ProjectWorkflows(db.dataSource()).all()).hasSize(20);
    }

    CliRun again = CliRun.run(args);
    assertThat(again.out()).contains("gen-2024-s2-00003.json: 未变化 (版本 1, 4 张表")
        .contains("已导入 0 个（0 张表，0 个指标），未变化 5 个，未导入 1 个");
  }
}
