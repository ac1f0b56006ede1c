package io.jixiao.cli;

import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportProblem;
import io.jixiao.document.ImportResult;
import io.jixiao.document.ImportStats;
import io.jixiao.document.InterchangeJson;
import io.jixiao.model.TargetDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao convert [--out DIR] FILE...}: reads each document (text export or interchange JSON)
 * and writes it as {@code DIR/<name without extension>.json}, with one line per file saying what
 * was read and every problem below it.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description =
        "把绩效目标文件（.txt/.md 文本导出、.html/.htm 网页、DOCX、XLSX、PDF 或 JSON 交换文件，按内容识别）"
            + "转换为 JSON 交换文件，每个输入文件一个 .json。")
final class ConvertCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      defaultValue = ".",
      description = "输出目录，不存在时创建（默认：当前目录）")
  Path out;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "要转换的文件")
  List<Path> files;

  @Mixin LimitsOption limits;

  private DocumentReader reader;
  private final InterchangeJson json = new InterchangeJson();

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    reader = new DocumentReader(limits.limits());
    try {
      Files.createDirectories(out);
    } catch (IOException | RuntimeException e) {
      stderr.println("无法创建输出目录 " + out + "：" + reason(e));
      stderr.flush();
      return ExitCode.NOT_DONE.code();
    }
    ProgressBar progress = new ProgressBar(stderr, files.size(), ProgressBar.useful(files.size()));
    Set<Path> written = new HashSet<>();
    boolean allDone = true;
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      progress.show(i, name(file));
      Report report = convert(file, written);
      allDone &= report.converted();
      progress.clear();
      report.lines().forEach(stdout::println);
      stdout.flush();
    }
    progress.clear();
    return (allDone ? ExitCode.OK : ExitCode.NOT_DONE).code();
  }

  /** What became of one file: the lines to print, the first one the summary. */
  private record Report(boolean converted, List<String> lines) {

    static Report failed(String first, List<ImportProblem> problems) {
      return new Report(false, withProblems(first, problems));
    }
  }

  private Report convert(Path file, Set<Path> written) {
    String name = name(file);
    ImportResult result;
    try {
      result = reader.read(file);
    } catch (RuntimeException e) {
      return Report.failed(name + ": 未转换：读取时出现内部错误 " + e, List.of());
    }
    if (result.document() == null) {
      return Report.failed(name + ": 未转换, " + result.problems().size() + " 个问题", result.problems());
    }
    Path target = out.resolve(jsonName(name));
    if (written.contains(target.toAbsolutePath().normalize())) {
      // x.md and x.txt of one run: the later keeps its extension in the name, nothing is overwritten
      target = out.resolve(name + ".json");
    }
    String refusal = refusal(file, target, written);
    if (refusal != null) {
      return Report.failed(name + ": 未转换：" + refusal, result.problems());
    }
    try {
      write(result.document(), target);
    } catch (IOException | RuntimeException e) {
      return Report.failed(name + ": 未转换：无法写入 " + target + "：" + reason(e), result.problems());
    }
    written.add(target.toAbsolutePath().normalize());
    return new Report(true, withProblems(summary(name, result), result.problems()));
  }

  private static String name(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }

  /** Why {@code target} must not be written, or null. */
  private static String refusal(Path file, Path target, Set<Path> written) {
    Path normalized = target.toAbsolutePath().normalize();
    if (written.contains(normalized)) {
      return "输出文件 " + target + " 已由本次转换的另一个同名文件写入";
    }
    try {
      if (normalized.equals(file.toAbsolutePath().normalize())
          || (Files.exists(target) && Files.isSameFile(file, target))) {
        return "输出文件 " + target + " 就是输入文件本身；请用 --out 指定其他目录";
      }
    } catch (IOException e) {
      return "无法检查输出文件 " + target + "：" + reason(e);
    }
    return null;
  }

  /** Writes to a hidden file beside the target first, so a failure leaves no half file. */
  private void write(TargetDocument document, Path target) throws IOException {
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        json.write(document, w);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static List<String> withProblems(String first, List<ImportProblem> problems) {
    List<String> lines = new ArrayList<>();
    lines.add(first);
    for (ImportProblem p : problems) {
      lines.add(p.toString());
    }
    return lines;
  }

  /** {@code 001_x.txt: 36 张表, 262 个指标, 指标值解析 100.0%, 0 个问题}. */
  static String summary(String name, ImportResult result) {
    ImportStats stats = ImportStats.of(result.document());
    String parsed =
        stats.values() == 0
            ? "没有指标值"
            // rounded down, so that 100.0% means every value was parsed
            : String.format(
                Locale.ROOT, "指标值解析 %.1f%%", Math.floor(stats.parsedPercent() * 10) / 10);
    return String.format(
        Locale.ROOT,
        "%s: %d 张表, %d 个指标, %s, %d 个问题",
        name,
        stats.tables(),
        stats.indicators(),
        parsed,
        result.problems().size());
  }

  /** {@code a.b.txt} → {@code a.b.json}; a name without extension gets {@code .json} added. */
  static String jsonName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return (dot > 0 ? fileName.substring(0, dot) : fileName) + ".json";
  }

  private static String reason(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
  }
}
