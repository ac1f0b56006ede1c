package io.jixiao.cli;

import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import io.jixiao.evaluate.Evaluator;
import io.jixiao.evaluate.Weights;
import io.jixiao.monitor.Actuals;
import io.jixiao.review.ReviewEngine;
import io.jixiao.model.TargetDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench [--warmup S] [--seconds S] [--review | --evaluate] FILE...}: warm single-thread
 * throughput of the importer (MB/s, tables/s), or of the review engine (tables/s), or of the
 * self-evaluation scoring against generated actuals ({@link SampleActuals}, projects/s). The files
 * are read into memory first, so disk speed does not count. Each figure is given per second of wall
 * time and per second of the thread's CPU time: on a busy machine the second is the one that
 * measures the code.
 */
@Command(
    name = "bench",
    description = "测量单线程、预热后的吞吐量：导入（MB/s、表/s），或 --review 审核（表/s），或 --evaluate 自评评分（项目/s）。",
    mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--warmup", description = "预热秒数（默认 ${DEFAULT-VALUE}）", defaultValue = "5")
  double warmupSeconds;

  @Option(names = "--seconds", description = "测量秒数（默认 ${DEFAULT-VALUE}）", defaultValue = "10")
  double seconds;

  @Option(names = "--review", description = "改为测量审核（全部规则）的吞吐量（表/s）")
  boolean review;

  @Option(
      names = "--evaluate",
      description = "改为测量绩效自评评分的吞吐量（项目/s），实际完成值按指标值生成")
  boolean evaluate;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "要解析的文本导出文件")
  List<Path> files;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Rounds run, wall seconds and CPU seconds of one measurement. */
  private record Run(long rounds, double wall, double cpu) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<String> names = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    long bytesPerRound = 0;
    for (Path f : files) {
      byte[] b = Files.readAllBytes(f);
      names.add(f.getFileName().toString());
      contents.add(b);
      bytesPerRound += b.length;
    }
    DocumentReader reader = new DocumentReader();
    int tables = 0;
    List<TargetDocument> documents = new ArrayList<>();
    for (int i = 0; i < contents.size(); i++) {
      ImportResult r = reader.read(names.get(i), contents.get(i));
      if (!r.ok()) {
        out.println(names.get(i) + ": 无法解析，不能用于基准测试");
        r.problems().forEach(p -> out.println("  " + p));
        return ExitCode.NOT_DONE.code();
      }
      tables += r.document().projects().size();
      documents.add(r.document());
    }
    if (evaluate) {
      Actuals actuals = SampleActuals.of(documents);
      Evaluator evaluator = new Evaluator();
      Run run =
          measure(() -> evaluator.evaluate(documents, actuals, Weights.NONE).projects().size());
      print(out, "evaluate", run, tables, "projects");
    } else if (review) {
      ReviewEngine engine = new ReviewEngine();
      Run run =
          measure(
              () -> {
                int n = 0;
                for (TargetDocument d : documents) {
                  n += engine.review(d).tables().size();
                }
                return n;
              });
      print(out, "review", run, tables, "tables");
    } else {
      Run run =
          measure(
              () -> {
                int n = 0;
                for (int i = 0; i < contents.size(); i++) {
                  n += reader.read(names.get(i), contents.get(i)).problems().size();
                }
                return n;
              });
      double mb = run.rounds * bytesPerRound / 1e6;
      out.printf(
          "import: %d 个文件, %.1f KB/轮, %d 轮, %.2f s (CPU %.2f s)%n",
          files.size(), bytesPerRound / 1e3, run.rounds, run.wall, run.cpu);
      out.printf(
          "import throughput: %.1f MB/s, %.0f tables/s per wall second; %.1f MB/s, %.0f tables/s per"
              + " CPU second (1 thread, warm)%n",
          mb / run.wall, run.rounds * tables / run.wall, mb / run.cpu, run.rounds * tables / run.cpu);
    }
    return ExitCode.OK.code();
  }

  private void print(PrintWriter out, String what, Run run, int perRound, String unit) {
    out.printf(
        "%s: %d 个文件, %d %s/轮, %d 轮, %.2f s (CPU %.2f s)%n",
        what, files.size(), perRound, unit, run.rounds, run.wall, run.cpu);
    out.printf(
        "%s throughput: %.0f %s/s per wall second; %.0f %s/s per CPU second (1 thread, warm)%n",
        what, run.rounds * perRound / run.wall, unit, run.rounds * perRound / run.cpu, unit);
  }

  /** Warms up, then runs {@code round} until the measuring time is over. */
  private Run measure(IntSupplier round) {
    repeat(round, warmupSeconds);
    long wall = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    long rounds = repeat(round, seconds);
    return new Run(
        rounds,
        (System.nanoTime() - wall) / 1e9,
        (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
  }

  private static long repeat(IntSupplier round, double seconds) {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long rounds = 0;
    int sink = 0;
    do {
      sink += round.getAsInt();
      rounds++;
    } while (System.nanoTime() < deadline);
    if (sink == Integer.MIN_VALUE) {
      System.out.print("");
    }
    return rounds;
  }
}
