package io.jixiao.evaluate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
