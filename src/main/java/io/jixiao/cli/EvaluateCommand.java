package io.jixiao.cli;

import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import io.jixiao.evaluate.DepartmentEvaluation;
import io.jixiao.evaluate.EvaluationException;
import io.jixiao.evaluate.EvaluationFormat;
import io.jixiao.evaluate.EvaluationPeriod;
import io.jixiao.evaluate.Evaluator;
import io.jixiao.evaluate.ProjectEvaluation;
import io.jixiao.evaluate.Weights;
import io.jixiao.review.RulePack;
import io.jixiao.store.Database;
import io.jixiao.model.TargetDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao evaluate --actuals FILE [--format text|json|html|xlsx|docx] [--out FILE] [--pack
 * FILE] [--weights FILE] DOC...}, or {@code jixiao evaluate --db URL [--department NAME] [--year
 * YYYY] …} without DOC for the stored documents and actuals: scores the year-end self-evaluation
 * (绩效自评) of every table of the documents against the actuals. Exit code 0 when everything was
 * read, 1 when a document, the actuals or the weights could not be (the actuals and weights are all
 * or nothing) or nothing is stored, 2 for a usage error or an invalid rule pack.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "绩效自评：按实际完成情况为每张绩效目标表评分（预算执行率、产出、效益、满意度），给出自评等级、部门排名和项目支出绩效自评表。",
      "Score the year-end self-evaluation of every target table against its actuals."
    })
final class EvaluateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DocumentsAndActuals input;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json|html|xlsx|docx",
      description = "输出格式：text（中文文本，默认）、json、html（可打印）、xlsx、docx（自评表；须用 --out）")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "写入文件；缺省时输出到标准输出")
  Path out;

  @Option(names = "--pack", paramLabel = "FILE", description = "地区规则包（JSON），可改自评分值、定性等级得分比例和评级分数线")
  Path pack;

  @Option(
      names = "--weights",
      paramLabel = "FILE",
      description = "部门设定的指标分值（CSV：source,seq,row,weight），每个一级指标的分值之和须等于其总分")
  Path weights;

  private final Function<Path, ImportResult> reader;

  EvaluateCommand() {
    this(new DocumentReader()::read);
  }

  /** With another way of reading files, for tests. */
  EvaluateCommand(Function<Path, ImportResult> reader) {
    this.reader = reader;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    EvaluationFormat f = EvaluationFormat.of(format);
    if (f == null) {
      err.println("不支持的格式“" + format + "”：可用 text、json、html、xlsx、docx");
      return ExitCode.USAGE.code();
    }
    if (f.binary() && out == null) {
      err.println(format + " 格式须用 --out FILE 指定输出文件");
      return ExitCode.USAGE.code();
    }
    Optional<RulePack> rules = RulePackFile.load(pack, err);
    if (rules.isEmpty()) {
      return ExitCode.USAGE.code();
    }
    try (Database db = input.open()) {
      if (input.stored() && weights == null && !f.binary()) {
        return evaluateStored(db, rules.get(), f, err);
      }
      Optional<DocumentsAndActuals.Input> loaded = input.load(db, reader, err, "未评价");
      if (loaded.isEmpty()) {
        return ExitCode.NOT_DONE.code();
      }
      return evaluate(loaded.get(), rules.get(), f, err);
    }
  }

  private int evaluate(
      DocumentsAndActuals.Input loaded, RulePack rules, EvaluationFormat f, PrintWriter err) {
    List<TargetDocument> documents = loaded.documents();
    Weights w = Weights.NONE;
    if (weights != null) {
      Optional<Weights> given = WeightsCsv.weights(weights, documents, err);
      if (given.isEmpty()) {
        return ExitCode.NOT_DONE.code();
      }
      w = given.get();
    }
    DepartmentEvaluation evaluation;
    try {
      evaluation = new Evaluator(rules.evaluation()).evaluate(documents, loaded.actuals(), w);
    } catch (EvaluationException e) {
      err.println((weights == null ? "" : weights.getFileName() + "：") + e.getMessage());
      return ExitCode.NOT_DONE.code();
    }
    try {
      write(f, evaluation);
    } catch (IOException e) {
      err.println("无法写入 " + out + "：" + e.getMessage());
      return ExitCode.NOT_DONE.code();
    }
    return loaded.unreadable() ? ExitCode.NOT_DONE.code() : ExitCode.OK.code();
  }

  /**
   * The stored documents, evaluated and reported one at a time, each with its own stored actuals
   * ({@link EvaluationFormat#write(Iterable, EvaluationPeriod, Writer)}): the report of {@link
   * #evaluate}, in a memory that does not grow with the number of documents. Only for the text
   * formats without {@code --weights} (the weights file is checked against every document, and
   * XLSX and DOCX are built whole).
   */
  private int evaluateStored(Database db, RulePack rules, EvaluationFormat f, PrintWriter err) {
    Optional<DocumentsAndActuals.Stored> stored = input.each(db, err);
    if (stored.isEmpty()) {
      return ExitCode.NOT_DONE.code();
    }
    Evaluator evaluator = new Evaluator(rules.evaluation());
    Iterable<List<ProjectEvaluation>> perDocument =
        stored.get().map((d, actuals) -> evaluator.evaluate(d, actuals, Weights.NONE));
    Iterable<ProjectEvaluation> evaluations = flat(perDocument);
    try {
      if (out == null) {
        PrintWriter w = spec.commandLine().getOut();
        f.write(evaluations, EvaluationPeriod.YEAR_END, w);
        w.flush();
      } else {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          f.write(evaluations, EvaluationPeriod.YEAR_END, w);
        }
      }
    } catch (IOException e) {
      err.println("无法写入 " + out + "：" + e.getMessage());
      return ExitCode.NOT_DONE.code();
    }
    return ExitCode.OK.code();
  }

  private static <T> Iterable<T> flat(Iterable<List<T>> lists) {
    return () ->
        new Iterator<>() {
          private final Iterator<List<T>> outer = lists.iterator();
          private Iterator<T> inner = Collections.emptyIterator();

          @Override
          public boolean hasNext() {
            while (!inner.hasNext() && outer.hasNext()) {
              inner = outer.next().iterator();
            }
            return inner.hasNext();
          }

          @Override
          public T next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return inner.next();
          }
        };
  }

  private void write(EvaluationFormat f, DepartmentEvaluation evaluation) throws IOException {
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      w.print(f.render(evaluation));
      w.flush();
      return;
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    f.write(evaluation, buffer);
    try (OutputStream o = Files.newOutputStream(out)) {
      buffer.writeTo(o);
    }
  }
}
