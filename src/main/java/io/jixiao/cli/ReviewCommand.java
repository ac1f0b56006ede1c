package io.jixiao.cli;

import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import io.jixiao.review.DocumentReview;
import io.jixiao.review.ReviewEngine;
import io.jixiao.review.RulePack;
import io.jixiao.review.report.ReportFormat;
import io.jixiao.target.TargetDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Spec CommandSpec spec;

  @Mixin ReportOptions report;

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
    ReportFormat reportFormat = report.format(err);
    if (reportFormat == null) {
      return ExitCode.USAGE.code();
    }
    Optional<RulePack> rules = RulePackFile.load(pack, err);
    if (rules.isEmpty()) {
      return ExitCode.USAGE.code();
    }
    List<TargetDocument> documents = new ArrayList<>(files.size());
    boolean unreadable = Documents.read(files, reader, err, documents, "未审核");
    ReviewEngine engine = new ReviewEngine(rules.get());
    List<DocumentReview> reviews = new ArrayList<>(documents.size());
    for (TargetDocument d : documents) {
      reviews.add(engine.review(d));
    }
    if (!report.write(reportFormat.render(reviews), err)) {
      return ExitCode.NOT_DONE.code();
    }
    return unreadable ? ExitCode.NOT_DONE.code() : ExitCode.OK.code();
  }
}
