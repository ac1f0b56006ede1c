package io.jixiao.cli;

import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import io.jixiao.evaluate.Evaluator;
import io.jixiao.evaluate.Weights;
import io.jixiao.monitor.Actuals;
import io.jixiao.target.TargetDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench [--warmup S] [--seconds S] FILE...}: warm throughput of the importer on one thread, in
 * MB/s and tables/s. The files are read into memory first, so disk speed does not count. With
 * {@code --evaluate}: warm throughput of the self-evaluation scoring of the files' tables, in
 * projects/s, against generated actuals ({@link SampleActuals}).
 */
@Command(
    name = "bench",
    description = "测量导入（解析）吞吐量：单线程、预热后的 MB/s 与 表/s。",
    mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--warmup", description = "预热秒数（默认 ${DEFAULT-VALUE}）", defaultValue = "5")
  double warmupSeconds;

  @Option(names = "--seconds", description = "测量秒数（默认 ${DEFAULT-VALUE}）", defaultValue = "10")
  double seconds;

  @Option(
      names = "--evaluate",
      description = "改为测量绩效自评评分的吞吐量（项目/s），实际完成值按指标值生成")
  boolean evaluate;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "要解析的文本导出文件")
  List<Path> files;

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
    int tablesPerRound = 0;
    List<TargetDocument> documents = new ArrayList<>();
    for (int i = 0; i < contents.size(); i++) {
      ImportResult r = reader.read(names.get(i), contents.get(i));
      if (!r.ok()) {
        out.println(names.get(i) + ": 无法解析，不能用于基准测试");
        r.problems().forEach(p -> out.println("  " + p));
        return ExitCode.NOT_DONE.code();
      }
      tablesPerRound += r.document().projects().size();
      documents.add(r.document());
    }
    if (evaluate) {
      return evaluate(out, documents, tablesPerRound);
    }
    run(reader, names, contents, warmupSeconds);
    long start = System.nanoTime();
    long rounds = run(reader, names, contents, seconds);
    double elapsed = (System.nanoTime() - start) / 1e9;
    double mb = rounds * bytesPerRound / 1e6;
    out.printf(
        "import: %d 个文件, %.1f KB/轮, %d 轮, %.2f s%n", files.size(), bytesPerRound / 1e3, rounds, elapsed);
    out.printf("import throughput: %.1f MB/s, %.0f tables/s (1 thread, warm)%n", mb / elapsed,
        rounds * tablesPerRound / elapsed);
    return ExitCode.OK.code();
  }

  /** Scores every table of {@code documents} again and again on this thread. */
  private int evaluate(PrintWriter out, List<TargetDocument> documents, int projects) {
    Actuals actuals = SampleActuals.of(documents);
    Evaluator evaluator = new Evaluator();
    evaluate(evaluator, documents, actuals, warmupSeconds);
    long start = System.nanoTime();
    long rounds = evaluate(evaluator, documents, actuals, seconds);
    double elapsed = (System.nanoTime() - start) / 1e9;
    out.printf(
        "evaluate: %d 个文件, %d 个项目/轮, %d 轮, %.2f s%n",
        documents.size(), projects, rounds, elapsed);
    out.printf(
        "evaluate throughput: %.0f projects/s (1 thread, warm)%n", rounds * projects / elapsed);
    return ExitCode.OK.code();
  }

  private static long evaluate(
      Evaluator evaluator, List<TargetDocument> documents, Actuals actuals, double seconds) {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long rounds = 0;
    int sink = 0;
    do {
      sink += evaluator.evaluate(documents, actuals, Weights.NONE).projects().size();
      rounds++;
    } while (System.nanoTime() < deadline);
    if (sink == Integer.MIN_VALUE) {
      System.out.print("");
    }
    return rounds;
  }

  private static long run(
      DocumentReader reader, List<String> names, List<byte[]> contents, double seconds) {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long rounds = 0;
    int sink = 0;
    do {
      for (int i = 0; i < contents.size(); i++) {
        sink += reader.read(names.get(i), contents.get(i)).problems().size();
      }
      rounds++;
    } while (System.nanoTime() < deadline);
    if (sink == Integer.MIN_VALUE) {
      System.out.print("");
    }
    return rounds;
  }
}
