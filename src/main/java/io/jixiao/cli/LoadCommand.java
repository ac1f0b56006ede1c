package io.jixiao.cli;

import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportProblem;
import io.jixiao.document.ImportResult;
import io.jixiao.store.Database;
import io.jixiao.workflow.Actor;
import io.jixiao.workflow.ImportDocument;
import io.jixiao.workflow.ImportOutcome;
import io.jixiao.workflow.LoadDocuments;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao load [--db URL] [--batch N] FILE...}: the bulk form of {@code import} for many
 * documents at once. Files are read ahead on a thread of their own while the documents read before
 * are written, {@code --batch} documents per transaction ({@link LoadDocuments}: COPY on
 * PostgreSQL, batched inserts on H2), with the validation, identities, versions, workflow rows and
 * audit entries of {@code import}. A file with an error is not stored; the others are. The
 * database's statistics are updated at the end ({@code ANALYZE}).
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "批量导入绩效目标文件（数量多时代替 import）：每批若干个文件在一个事务中写入（PostgreSQL 用 COPY）。",
      "校验、项目识别、版本、流程记录和审计与 import 相同；有错误的文件不会写入任何内容。",
      "退出码：0 全部成功，1 有文件无法读取或保存，2 用法错误。"
    })
final class LoadCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Mixin LimitsOption limits;

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "50",
      description = "每个事务写入的文件数（默认 ${DEFAULT-VALUE}）。")
  int batch;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "要导入的文件（一个或多个）。")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (batch < 1) {
      err.println("--batch 应为正整数：" + batch);
      return ExitCode.USAGE.code();
    }
    Function<Path, ImportResult> reader = new DocumentReader(limits.limits())::read;
    Actor actor = new Actor(CommandLineAudit.actor(), null);
    long started = System.nanoTime();
    Tally tally = new Tally();
    ExecutorService reading = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "load-reader");
      t.setDaemon(true);
      return t;
    });
    try (Database db = database.open()) {
      new ImportDocument(db.dataSource()).catchUp();
      LoadDocuments load = new LoadDocuments(db.dataSource());
      ProgressBar progress = new ProgressBar(err, files.size(), ProgressBar.useful(files.size()));
      Deque<Future<Read>> ahead = new ArrayDeque<>();
      int next = 0;
      List<LoadDocuments.Named> pending = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        // keep two batches of files read ahead of the writer
        while (next < files.size() && ahead.size() < 2 * batch) {
          Path f = files.get(next++);
          ahead.add(reading.submit(() -> Read.of(f, reader)));
        }
        Path file = files.get(i);
        String name = file.getFileName().toString();
        progress.show(i, name);
        Read read;
        try {
          read = ahead.poll().get();
        } catch (ExecutionException e) {
          progress.clear();
          err.println(name + ": 错误 读取时发生内部错误：" + e.getCause());
          out.println(name + ": 未导入, 内部错误");
          tally.failed++;
          continue;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return ExitCode.NOT_DONE.code();
        }
        if (!readable(name, read.result(), progress, out, err, tally)) {
          continue;
        }
        pending.add(read.named());
        if (pending.size() == batch) {
          write(load, pending, actor, progress, out, tally);
        }
      }
      write(load, pending, actor, progress, out, tally);
      progress.clear();
      load.analyze();
    } finally {
      reading.shutdownNow();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(
        "共 %d 个文件：已导入 %d 个（%d 张表，%d 个指标），未变化 %d 个，未导入 %d 个，"
            + "用时 %.1f 秒（其中写入数据库 %.1f 秒）%n",
        files.size(), tally.imported, tally.tables, tally.indicators, tally.unchanged,
        tally.failed, seconds, tally.writeNanos / 1e9);
    return tally.failed == 0 ? ExitCode.OK.code() : ExitCode.NOT_DONE.code();
  }

  /** A file read on the reading thread, and its document with its hash when it is readable. */
  private record Read(ImportResult result, LoadDocuments.Named named) {
    static Read of(Path file, Function<Path, ImportResult> reader) {
      ImportResult r = reader.apply(file);
      return new Read(
          r, r.ok() ? LoadDocuments.Named.of(file.getFileName().toString(), r.document()) : null);
    }
  }

  /** What the command did so far. */
  private static final class Tally {
    int imported;
    int unchanged;
    int failed;
    long tables;
    long indicators;
    long writeNanos;
    int batches;
  }

  /** Prints the file's problems; false (and counted as not imported) when it has an error. */
  private static boolean readable(String name, ImportResult result, ProgressBar progress,
      PrintWriter out, PrintWriter err, Tally tally) {
    if (result.problems().isEmpty()) {
      return true;
    }
    progress.clear();
    for (ImportProblem p : result.problems()) {
      err.println(p);
    }
    if (result.ok()) {
      return true;
    }
    long warnings = result.problems().stream().filter(p -> !p.isError()).count();
    out.println(name + ": 未导入, " + result.errors().size() + " 个错误"
        + (warnings == 0 ? "" : ", " + warnings + " 个警告"));
    tally.failed++;
    return false;
  }

  private static void write(LoadDocuments load, List<LoadDocuments.Named> pending, Actor actor,
      ProgressBar progress, PrintWriter out, Tally tally) {
    if (pending.isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    List<ImportOutcome> outcomes = load.run(pending, actor);
    tally.batches++;
    if (Integer.bitCount(tally.batches) == 1) {
      load.analyze(); // after batch 1, 2, 4, 8, …: plans that fit the tables' growing sizes
    }
    tally.writeNanos += System.nanoTime() - started;
    progress.clear();
    for (ImportOutcome o : outcomes) {
      if (!o.stored()) {
        out.println(o.source() + ": 未导入, " + o.refusal());
        tally.failed++;
        continue;
      }
      out.println(ImportCommand.report(o.document(), "").line());
      o.notes().forEach(n -> out.println("  " + n));
      if (o.document().changed()) {
        tally.imported++;
        tally.tables += o.document().projects();
        tally.indicators += o.document().indicators();
      } else {
        tally.unchanged++;
      }
    }
    out.flush();
    pending.clear();
  }
}
