package io.jixiao.cli;

import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import io.jixiao.results.LastYearResults;
import io.jixiao.review.DocumentReview;
import io.jixiao.review.LastYear;
import io.jixiao.review.ReviewEngine;
import io.jixiao.review.RulePack;
import io.jixiao.review.report.ReportFormat;
import io.jixiao.store.ActualsStore;
import io.jixiao.store.Database;
import io.jixiao.store.TargetStore;
import io.jixiao.model.TargetDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
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
 * {@code jixiao review [--db URL [--department NAME] [--year YYYY]] [--format text|json|html]
 * [--out FILE] [--pack FILE] [DOC...]}: reviews each document (the DOC files, or with {@code --db}
 * and no DOC the stored current documents) with the rule pack and writes one report. With {@code
 * --db}, last year's documents and self-evaluation results of the department, from the database,
 * feed X3 and R1. Exit code 0 when every file was read, 1 when some could not be (the others are
 * still reviewed) or nothing is stored, 2 for a usage error or an invalid rule pack.
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "审核绩效目标文本：对每张绩效目标表逐条执行审核规则，给出问题、修改建议和评级（优/良/中/差）。",
      "用 --db 时按数据库中该部门上一年度的绩效目标和自评结果检查 X3、R1（结果应用）。",
      "Review target documents against the rule catalog and grade every table."
    })
final class ReviewCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DocumentSource source;

  @Mixin ReportOptions report;

  @Option(
      names = "--pack",
      paramLabel = "FILE",
      description = "地区规则包（JSON），在默认规则包的基础上覆盖阈值、词表、开关和级别")
  Path pack;

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
    try (Database db = source.open()) {
      if (source.stored()) {
        return reviewStored(db, rules.get(), reportFormat, err);
      }
      Optional<DocumentSource.Read> read = source.read(db, reader, err, "未审核");
      if (read.isEmpty()) {
        return ExitCode.NOT_DONE.code();
      }
      LastYearResults lastYear =
          db == null
              ? null
              : new LastYearResults(
                  new TargetStore(db.dataSource()),
                  new ActualsStore(db.dataSource()),
                  rules.get().evaluation());
      ReviewEngine engine = new ReviewEngine(rules.get());
      List<DocumentReview> reviews = new ArrayList<>(read.get().documents().size());
      for (TargetDocument d : read.get().documents()) {
        LastYear known =
            lastYear == null ? LastYear.NONE : lastYear.lastYear(d).orElse(LastYear.NONE);
        reviews.add(engine.review(d, known));
      }
      if (!report.write(reportFormat.render(reviews), err)) {
        return ExitCode.NOT_DONE.code();
      }
      return read.get().unreadable() ? ExitCode.NOT_DONE.code() : ExitCode.OK.code();
    }
  }

  /**
   * The stored documents, reviewed and reported one at a time: each is loaded, reviewed and
   * written (JSON) before the next is loaded, so memory does not grow with their number.
   */
  private int reviewStored(Database db, RulePack rules, ReportFormat format, PrintWriter err) {
    Optional<Iterable<TargetDocument>> documents = source.each(db, err);
    if (documents.isEmpty()) {
      return ExitCode.NOT_DONE.code();
    }
    LastYearResults lastYear =
        new LastYearResults(
            new TargetStore(db.dataSource()), new ActualsStore(db.dataSource()),
            rules.evaluation());
    ReviewEngine engine = new ReviewEngine(rules);
    Iterable<DocumentReview> reviews =
        () -> {
          Iterator<TargetDocument> each = documents.get().iterator();
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return each.hasNext();
            }

            @Override
            public DocumentReview next() {
              TargetDocument d = each.next();
              return engine.review(d, lastYear.lastYear(d).orElse(LastYear.NONE));
            }
          };
        };
    if (!report.write(out -> format.write(reviews, out), err)) {
      return ExitCode.NOT_DONE.code();
    }
    return ExitCode.OK.code();
  }
}
