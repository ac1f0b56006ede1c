package io.jixiao.cli;

import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportProblem;
import io.jixiao.document.ImportResult;
import io.jixiao.review.DocumentReview;
import io.jixiao.review.ReviewEngine;
import io.jixiao.review.RulePack;
import io.jixiao.review.RulePackException;
import io.jixiao.review.report.ReportFormat;
import io.jixiao.target.TargetDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao review [--format text|json|html] [--out FILE] [--pack FILE] FILE...}: reads each
 * document, reviews it with the rule pack and writes one report. Exit code 0 when every file was
 * read, 1 when some could not be (the others are still reviewed), 2 for a usage error or an invalid
 * rule pack.
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "审核绩效目标文本：对每张绩效目标表逐条执行审核规则，给出问题、修改建议和评级（优/良/中/差）。",
      "Review target documents against the rule catalog and grade every table."
    })
final class ReviewCommand implements Callable<Integer> {

  static final int OK = ExitCode.OK.code();
  static final int UNREADABLE = ExitCode.NOT_DONE.code();
  static final int USAGE = ExitCode.USAGE.code();

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json|html",
      description = "报告格式：text（中文文本，默认）、json、html（可打印的单页）")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "写入文件（UTF-8）；缺省时输出到标准输出")
  Path out;

  @Option(
      names = "--pack",
      paramLabel = "FILE",
      description = "地区规则包（JSON），在默认规则包的基础上覆盖阈值、词表、开关和级别")
  Path pack;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "要审核的绩效文本")
  List<Path> files;

  private final Function<Path, ImportResult> reader;

  ReviewCommand() {
    this(new DocumentReader()::read);
  }

  /** With another way of reading files, for tests. */
  ReviewCommand(Function<Path, ImportResult> reader) {
    this.reader = reader;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ReportFormat reportFormat = ReportFormat.of(format);
    if (reportFormat == null) {
      err.println("不支持的报告格式“" + format + "”：可用 text、json、html");
      return USAGE;
    }
    RulePack rules;
    try {
      rules = pack == null ? RulePack.defaults() : RulePack.load(pack);
    } catch (RulePackException e) {
      err.println(e.getMessage());
      return USAGE;
    }
    List<TargetDocument> documents = new ArrayList<>(files.size());
    boolean unreadable = read(err, documents);
    ReviewEngine engine = new ReviewEngine(rules);
    List<DocumentReview> reviews = new ArrayList<>(documents.size());
    for (TargetDocument d : documents) {
      reviews.add(engine.review(d));
    }
    String report = reportFormat.render(reviews);
    try {
      if (out == null) {
        PrintWriter w = spec.commandLine().getOut();
        w.print(report);
        w.flush();
      } else {
        Files.writeString(out, report, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      err.println("无法写入 " + out + "：" + e.getMessage());
      return UNREADABLE;
    }
    return unreadable ? UNREADABLE : OK;
  }

  /**
   * Reads every file into {@code documents}; problems go to stderr. True when one was unreadable.
   */
  private boolean read(PrintWriter err, List<TargetDocument> documents) {
    boolean unreadable = false;
    for (Path file : files) {
      ImportResult result = reader.apply(file);
      for (ImportProblem p : result.problems()) {
        err.println(p);
      }
      if (result.document() == null) {
        err.println(file.getFileName() + "：无法读取，未审核");
        unreadable = true;
      } else {
        documents.add(result.document());
      }
    }
    err.flush();
    return unreadable;
  }
}
