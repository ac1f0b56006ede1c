package io.jixiao.cli;

import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportProblem;
import io.jixiao.document.ImportResult;
import io.jixiao.store.Database;
import io.jixiao.store.StoreException;
import io.jixiao.store.StoredDocument;
import io.jixiao.workflow.Actor;
import io.jixiao.workflow.ImportDocument;
import io.jixiao.workflow.ImportOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao import [--db URL] FILE...}: reads each file and stores each readable document in a
 * transaction of its own. A file with an error is not stored at all; the others are.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "导入绩效目标文本文件并保存到数据库。",
      "每个文件单独保存：有错误的文件不会写入任何内容；同名文件再次导入时保存为新版本，内容相同则不变。",
      "退出码：0 全部成功，1 有文件无法读取或保存，2 用法错误。"
    })
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Mixin LimitsOption limits;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "要导入的文本文件（一个或多个）。")
  List<Path> files;

  private final Function<Path, ImportResult> reader;

  ImportCommand() {
    this(null);
  }

  /**
   * With another reader, for tests that need documents the readers cannot read yet; null for a
   * {@link DocumentReader} with the limits of {@code --limit}.
   */
  ImportCommand(Function<Path, ImportResult> reader) {
    this.reader = reader;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int imported = 0;
    int unchanged = 0;
    int failed = 0;
    Function<Path, ImportResult> reader =
        this.reader != null ? this.reader : new DocumentReader(limits.limits())::read;
    try (Database db = database.open()) {
      ImportDocument store = new ImportDocument(db.dataSource());
      store.catchUp();
      ProgressBar progress = new ProgressBar(err, files.size(), ProgressBar.useful(files.size()));
      for (int i = 0; i < files.size(); i++) {
        Path file = files.get(i);
        progress.show(i, file.getFileName().toString());
        Report report;
        try {
          ImportResult result = reader.apply(file);
          progress.clear();
          report = importOne(file, result, store, err);
        } catch (RuntimeException e) {
          // a defect in a reader must not stop the other files
          progress.clear();
          err.println(file.getFileName() + ": 错误 读取时发生内部错误：" + e);
          report = new Report(Status.FAILED, file.getFileName() + ": 未导入, 内部错误");
        }
        out.println(report.line);
        out.flush();
        if (report.status == Status.FAILED) {
          failed++;
        } else if (report.status == Status.UNCHANGED) {
          unchanged++;
        } else {
          imported++;
        }
      }
      progress.clear();
    }
    if (files.size() > 1) {
      out.printf(
          "共 %d 个文件：已导入 %d 个，未变化 %d 个，未导入 %d 个%n", files.size(), imported, unchanged, failed);
    }
    return failed == 0 ? ExitCode.OK.code() : ExitCode.NOT_DONE.code();
  }

  enum Status {
    IMPORTED,
    UNCHANGED,
    FAILED
  }

  /** What became of one file, and the line that says so on stdout. */
  record Report(Status status, String line) {}

  /**
   * Stores one read file under its name, as the command line's user, through the same use case as
   * the web's upload; returns its report. Problems go to stderr; what the import did to tables under
   * review or published, and to tables it left out, follows the file's line.
   */
  private static Report importOne(
      Path file, ImportResult result, ImportDocument store, PrintWriter err) {
    String name = file.getFileName().toString();
    for (ImportProblem p : result.problems()) {
      err.println(p);
    }
    long warnings = result.problems().stream().filter(p -> !p.isError()).count();
    String warned = warnings == 0 ? "" : ", " + warnings + " 个警告";
    if (!result.ok()) {
      return new Report(Status.FAILED, name + ": 未导入, " + result.errors().size() + " 个错误" + warned);
    }
    ImportOutcome outcome;
    try {
      outcome = store.run(name, result.document(), new Actor(CommandLineAudit.actor(), null));
    } catch (StoreException e) {
      err.println("错误：" + e.getMessage());
      return new Report(Status.FAILED, name + ": 未导入, 保存失败");
    }
    Report report = report(outcome.document(), warned);
    StringBuilder line = new StringBuilder(report.line);
    outcome.notes().forEach(n -> line.append(System.lineSeparator()).append("  ").append(n));
    return new Report(report.status, line.toString());
  }

  static Report report(StoredDocument stored, String warned) {
    switch (stored.outcome()) {
      case UNCHANGED:
        return new Report(
            Status.UNCHANGED,
            String.format(
                "%s: 未变化 (版本 %d, %d 张表, %d 个指标)%s",
                stored.source(), stored.version(), stored.projects(), stored.indicators(), warned));
      case REPLACED:
        return new Report(
            Status.IMPORTED,
            String.format(
                "%s: 已导入 %d 张表, %d 个指标 (版本 %d, 保留旧版本 %d)%s",
                stored.source(),
                stored.projects(),
                stored.indicators(),
                stored.version(),
                stored.version() - 1,
                warned));
      default:
        return new Report(
            Status.IMPORTED,
            String.format(
                "%s: 已导入 %d 张表, %d 个指标 (版本 %d)%s",
                stored.source(), stored.projects(), stored.indicators(), stored.version(), warned));
    }
  }
}
