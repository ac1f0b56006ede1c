package io.jixiao.cli;

import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportProblem;
import io.jixiao.document.ImportResult;
import io.jixiao.monitor.ActualsTemplate;
import io.jixiao.model.TargetDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao actuals-template --out FILE.xlsx [--period YYYY-MM] DOC...}: writes the XLSX
 * template in which a department enters its actuals for the tables of the documents. Exit code 0
 * when written, 1 when a document could not be read (then nothing is written) or the file not
 * written, 2 for a usage error.
 */
@Command(
    name = "actuals-template",
    mixinStandardHelpOptions = true,
    description = {
      "生成执行数据填报模板（.xlsx）：每张绩效目标表一行累计支出、一行调整后预算数、每个指标一行。",
      "项目名称、预算数、资金支出计划、指标和年度指标值作为只读参考列。",
      "Write the XLSX template for entering actuals (spending and indicator results)."
    })
final class ActualsTemplateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "模板文件")
  Path out;

  @Option(
      names = "--period",
      paramLabel = "YYYY-MM",
      description = "预先填入每行的期间（截至该月末），如 2023-06；缺省时留空由填报人填写")
  String period;

  @Parameters(arity = "1..*", paramLabel = "DOC", description = "绩效文本（任何可导入的格式）")
  List<Path> files;

  private final Function<Path, ImportResult> reader;

  ActualsTemplateCommand() {
    this(new DocumentReader()::read);
  }

  /** With another way of reading files, for tests. */
  ActualsTemplateCommand(Function<Path, ImportResult> reader) {
    this.reader = reader;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    YearMonth month = period();
    List<TargetDocument> documents = new ArrayList<>(files.size());
    boolean unreadable = false;
    for (Path file : files) {
      ImportResult result = reader.apply(file);
      if (result.ok()) {
        documents.add(result.document());
        continue;
      }
      for (ImportProblem p : result.errors()) {
        err.println(p);
      }
      err.println(file.getFileName() + "：无法读取");
      unreadable = true;
    }
    if (unreadable) {
      err.println("有文本无法读取，未生成模板");
      err.flush();
      return ExitCode.NOT_DONE.code();
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      ActualsTemplate.write(documents, month, o);
    } catch (IOException e) {
      err.println("无法写入 " + out + "：" + e.getMessage());
      err.flush();
      return ExitCode.NOT_DONE.code();
    }
    int tables = documents.stream().mapToInt(d -> d.projects().size()).sum();
    int indicators = documents.stream().mapToInt(TargetDocument::indicatorCount).sum();
    PrintWriter w = spec.commandLine().getOut();
    w.println(
        "已生成 " + out + "：" + documents.size() + " 份文本，" + tables + " 张表，" + indicators + " 个指标");
    w.flush();
    return ExitCode.OK.code();
  }

  private YearMonth period() {
    if (period == null) {
      return null;
    }
    try {
      if (period.strip().length() == 7) {
        return YearMonth.parse(period.strip());
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new ParameterException(
        spec.commandLine(), "--period 应为 YYYY-MM（如 2023-06），实际为“" + period + "”");
  }
}
