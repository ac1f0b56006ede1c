package io.jixiao.cli;

import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import io.jixiao.monitor.Actuals;
import io.jixiao.monitor.ProjectActuals;
import io.jixiao.review.DocumentMonitoring;
import io.jixiao.review.ReviewEngine;
import io.jixiao.review.RulePack;
import io.jixiao.review.report.ReportFormat;
import io.jixiao.store.Database;
import io.jixiao.model.TargetDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao monitor --actuals FILE [--as-of YYYY-MM] [--format text|json|html] [--out FILE]
 * [--pack FILE] DOC...}, or {@code jixiao monitor --db URL [--department NAME] [--year YYYY] …}
 * without DOC for the stored documents and actuals: measures every table at the end of the month
 * (the latest month reported when {@code --as-of} is left out) and writes the monitoring report:
 * department summary, monitoring tables and the alerts of rules M1–M4. Exit code 0 when every
 * file was read, 1 when a document could not be (the others are still monitored), an invalid
 * actuals file or nothing stored, 2 for a usage error or an invalid rule pack.
 */
@Command(
    name = "monitor",
    mixinStandardHelpOptions = true,
    description = {
      "运行监控（双监控）：按执行数据计算每个项目的预算执行率和指标完成进度，对照支出计划和本地区进度要求给出预警。",
      "Monitor budget execution and indicator progress against the targets."
    })
final class MonitorCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DocumentsAndActuals input;

  @Option(names = "--as-of", paramLabel = "YYYY-MM", description = "监控时点（该月月底）；缺省时取执行数据中最晚的月份")
  String asOf;

  @Mixin ReportOptions report;

  @Option(names = "--pack", paramLabel = "FILE", description = "地区规则包（JSON），可设定 M1–M4 的阈值和支出进度要求")
  Path pack;

  private final Function<Path, ImportResult> reader;

  MonitorCommand() {
    this(new DocumentReader()::read);
  }

  /** With another way of reading files, for tests. */
  MonitorCommand(Function<Path, ImportResult> reader) {
    this.reader = reader;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ReportFormat reportFormat = report.format(err);
    if (reportFormat == null) {
      return ExitCode.USAGE.code();
    }
    YearMonth month = null;
    if (asOf != null) {
      try {
        month = YearMonth.parse(asOf.strip());
      } catch (DateTimeParseException e) {
        err.println("无效的 --as-of“" + asOf + "”：应为 YYYY-MM，例如 2023-10");
        return ExitCode.USAGE.code();
      }
    }
    Optional<RulePack> rules = RulePackFile.load(pack, err);
    if (rules.isEmpty()) {
      return ExitCode.USAGE.code();
    }
    try (Database db = input.open()) {
      if (input.stored()) {
        return monitorStored(db, month, new ReviewEngine(rules.get()), reportFormat, err);
      }
      Optional<DocumentsAndActuals.Input> loaded = input.load(db, reader, err, "未监控");
      if (loaded.isEmpty()) {
        return ExitCode.NOT_DONE.code();
      }
      return monitor(loaded.get(), month, new ReviewEngine(rules.get()), reportFormat, err);
    }
  }

  private int monitor(
      DocumentsAndActuals.Input loaded,
      YearMonth asOfMonth,
      ReviewEngine engine,
      ReportFormat format,
      PrintWriter err) {
    YearMonth month = asOfMonth == null ? latestPeriod(loaded.actuals()) : asOfMonth;
    if (month == null) {
      err.println(loaded.actualsOrigin() + "：没有任何执行数据，请用 --as-of 指定监控时点");
      err.flush();
      return ExitCode.USAGE.code();
    }
    List<DocumentMonitoring> runs = new ArrayList<>(loaded.documents().size());
    for (TargetDocument d : loaded.documents()) {
      runs.add(engine.monitor(d, loaded.actuals(), month));
    }
    if (!report.write(format.renderMonitoring(runs), err)) {
      return ExitCode.NOT_DONE.code();
    }
    return loaded.unreadable() ? ExitCode.NOT_DONE.code() : ExitCode.OK.code();
  }

  /**
   * The stored documents, monitored and reported one at a time: each is loaded with its own stored
   * actuals, monitored and written before the next is loaded, so memory does not grow with their
   * number. The month, when not given, is the latest reported for any of them, asked of the
   * database before the first is loaded. The report is the one {@link #monitor} writes.
   */
  private int monitorStored(
      Database db, YearMonth asOfMonth, ReviewEngine engine, ReportFormat format, PrintWriter err) {
    Optional<DocumentsAndActuals.Stored> stored = input.each(db, err);
    if (stored.isEmpty()) {
      return ExitCode.NOT_DONE.code();
    }
    YearMonth month = asOfMonth == null ? stored.get().lastPeriod().orElse(null) : asOfMonth;
    if (month == null) {
      err.println("数据库：没有任何执行数据，请用 --as-of 指定监控时点");
      err.flush();
      return ExitCode.USAGE.code();
    }
    Iterable<DocumentMonitoring> runs =
        stored.get().map((d, actuals) -> engine.monitor(d, actuals, month));
    if (!report.write(out -> format.writeMonitoring(runs, out), err)) {
      return ExitCode.NOT_DONE.code();
    }
    return ExitCode.OK.code();
  }

  private static YearMonth latestPeriod(Actuals actuals) {
    YearMonth latest = null;
    for (ProjectActuals p : actuals.projects().values()) {
      YearMonth m = p.lastPeriod().orElse(null);
      if (m != null && (latest == null || m.isAfter(latest))) {
        latest = m;
      }
    }
    return latest;
  }
}
