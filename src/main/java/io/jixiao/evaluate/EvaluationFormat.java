package io.jixiao.evaluate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The formats a department's self-evaluation is written in. */
public enum EvaluationFormat {
  /** A readable Chinese report: the ranking, then each project's scores and findings. */
  TEXT,
  /**
   * {@code {"projects":[{"source", "seq", "score", "grade", "budget":{…}, "indicators":[…],
   * "findings":[…]}]}}.
   */
  JSON,
  /** One self-contained printable page: the ranking and a 项目支出绩效自评表 per project. */
  HTML,
  /** Excel: sheet 汇总 and a 项目支出绩效自评表 sheet per project. */
  XLSX,
  /** Word: the ranking, then a 项目支出绩效自评表 per page. */
  DOCX;

  /** True for XLSX and DOCX, which are not text. */
  public boolean binary() {
    return this == XLSX || this == DOCX;
  }

  /** The report of a text format. */
  public String render(DepartmentEvaluation evaluation) {
    switch (this) {
      case TEXT:
        return TextEvaluation.render(evaluation);
      case JSON:
        return JsonEvaluation.render(evaluation);
      case HTML:
        return HtmlEvaluation.render(evaluation);
      default:
        throw new IllegalStateException(this + " is not a text format");
    }
  }

  /** Writes the report; text formats as UTF-8. */
  public void write(DepartmentEvaluation evaluation, OutputStream out) throws IOException {
    switch (this) {
      case XLSX:
        XlsxEvaluation.write(evaluation, out);
        break;
      case DOCX:
        DocxEvaluation.write(evaluation, out);
        break;
      default:
        out.write(render(evaluation).getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Writes the report of a text format for {@code evaluations} as they come, the same text as
   * {@link #render} of them: JSON project by project; text and HTML, which begin with the ranking,
   * write each project's part to a temporary file as it comes and keep only what the ranking shows
   * ({@link Ranked}), then write the ranking and copy the parts after it. Memory holds one
   * project's evaluation and a line per project, whatever the number of projects.
   */
  public void write(Iterable<ProjectEvaluation> evaluations, EvaluationPeriod period, Writer out)
      throws IOException {
    if (this == JSON) {
      JsonEvaluation.write(evaluations, out);
      return;
    }
    if (binary()) {
      throw new IllegalStateException(this + " is not a text format");
    }
    Path parts = Files.createTempFile("jixiao-evaluation-", ".part");
    try {
      List<Ranked> ranked = new ArrayList<>();
      try (Writer w = Files.newBufferedWriter(parts, StandardCharsets.UTF_8)) {
        StringBuilder b = new StringBuilder(8192);
        for (ProjectEvaluation e : evaluations) {
          ranked.add(Ranked.of(e));
          if (this == TEXT) {
            TextEvaluation.project(b, e, period);
          } else {
            HtmlEvaluation.form(b, e, period);
          }
          w.write(b.toString());
          b.setLength(0);
        }
      }
      StringBuilder head = new StringBuilder(8192);
      if (this == TEXT) {
        TextEvaluation.head(head, period, ranked);
      } else {
        HtmlEvaluation.head(head, period, ranked);
      }
      out.write(head.toString());
      try (Reader r = Files.newBufferedReader(parts, StandardCharsets.UTF_8)) {
        r.transferTo(out);
      }
      if (this == HTML) {
        out.write(HtmlEvaluation.TAIL);
      }
      out.flush();
    } finally {
      Files.deleteIfExists(parts);
    }
  }

  /** {@code text}, {@code json}, {@code html}, {@code xlsx} or {@code docx}; null otherwise. */
  public static EvaluationFormat of(String name) {
    for (EvaluationFormat f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(name)) {
        return f;
      }
    }
    return null;
  }
}
