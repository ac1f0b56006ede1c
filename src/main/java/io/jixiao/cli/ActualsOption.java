package io.jixiao.cli;

import io.jixiao.monitor.Actuals;
import io.jixiao.monitor.ActualsFiles;
import io.jixiao.monitor.ActualsProblem;
import io.jixiao.monitor.ActualsReadResult;
import io.jixiao.model.TargetDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --actuals FILE} option of the commands that work on actuals (a picocli mixin:
 * {@code @Mixin ActualsOption actuals;}). The file is an actuals CSV or a filled XLSX template,
 * told apart by content.
 */
final class ActualsOption {

  @Option(
      names = "--actuals",
      paramLabel = "FILE",
      description = {"执行数据文件：CSV（source,seq,row,period,value,note）或填好的 actuals-template 模板（.xlsx）"})
  Path file;

  /** True when {@code --actuals} was given. */
  boolean given() {
    return file != null;
  }

  /**
   * Reads the actuals against the documents they report on. Every problem (warnings too) is printed
   * to {@code err}; empty when the option is missing or the file has an error, and then the command
   * should end with {@link ExitCode#NOT_DONE}.
   */
  Optional<Actuals> load(List<TargetDocument> docs, PrintWriter err) {
    if (file == null) {
      err.println("请用 --actuals 指定执行数据文件（.csv 或 .xlsx）");
      err.flush();
      return Optional.empty();
    }
    ActualsReadResult result = ActualsFiles.read(file, docs);
    for (ActualsProblem p : result.problems()) {
      err.println(p);
    }
    if (!result.ok()) {
      err.println(file.getFileName() + "：执行数据有 " + result.errors().size() + " 处错误，未使用；请改正后重新运行");
    }
    err.flush();
    return Optional.ofNullable(result.actuals());
  }
}
