package io.jixiao.cli;

import io.jixiao.review.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --format text|json|html} and {@code --out FILE} options of the commands that write a
 * text report (a picocli mixin: {@code @Mixin ReportOptions report;}), and writing the report.
 */
final class ReportOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json|html",
      description = "报告格式：text（中文文本，默认）、json、html（可打印的单页）")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "写入文件（UTF-8）；缺省时输出到标准输出")
  Path out;

  /** The format asked for; null, with the reason printed to {@code err}, when unknown. */
  ReportFormat format(PrintWriter err) {
    ReportFormat reportFormat = ReportFormat.of(format);
    if (reportFormat == null) {
      err.println("不支持的报告格式“" + format + "”：可用 text、json、html");
    }
    return reportFormat;
  }

  /** What writes a report to a {@link Writer} as it goes. */
  interface Streamed {
    void writeTo(Writer out) throws IOException;
  }

  /**
   * {@link #write(String, PrintWriter)} for a report written as it is made: to {@code --out}
   * (UTF-8, buffered) or else to standard output. False, with the reason printed to {@code err},
   * when the file could not be written.
   */
  boolean write(Streamed report, PrintWriter err) {
    try {
      if (out == null) {
        PrintWriter w = command.commandLine().getOut();
        report.writeTo(w);
        w.flush();
      } else {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          report.writeTo(w);
        }
      }
      return true;
    } catch (IOException e) {
      err.println("无法写入 " + out + "：" + e.getMessage());
      return false;
    }
  }

  /**
   * Writes the report to {@code --out} (UTF-8) or else to standard output. False, with the reason
   * printed to {@code err}, when the file could not be written.
   */
  boolean write(String report, PrintWriter err) {
    try {
      if (out == null) {
        PrintWriter w = command.commandLine().getOut();
        w.print(report);
        w.flush();
      } else {
        Files.writeString(out, report, StandardCharsets.UTF_8);
      }
      return true;
    } catch (IOException e) {
      err.println("无法写入 " + out + "：" + e.getMessage());
      return false;
    }
  }
}
