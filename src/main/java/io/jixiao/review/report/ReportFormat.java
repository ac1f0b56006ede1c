package io.jixiao.review.report;

import io.jixiao.review.DocumentMonitoring;
import io.jixiao.review.DocumentReview;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** The formats a review report is written in. */
public enum ReportFormat {
  /** A readable Chinese report: summary by rule and grade, then the findings per table. */
  TEXT,
  /** {@code {"documents":[{"source", "grade", "tables":[{"seq", "grade", "findings":[…]}]}]}}. */
  JSON,
  /** One self-contained printable page, inline CSS, all text escaped. */
  HTML;

  public String render(List<DocumentReview> reviews) {
    switch (this) {
      case TEXT:
        return TextReport.render(reviews);
      case JSON:
        return JsonReport.render(reviews);
      case HTML:
        return HtmlReport.render(reviews);
      default:
        throw new IllegalStateException("unknown format " + this);
    }
  }

  /**
   * Writes the report of {@code reviews} to {@code out}, the same text as {@link #render}, holding
   * one review at a time, so a caller that reviews documents as it iterates holds one document and
   * one review: JSON and HTML are written as the reviews come; text, which begins with a summary
   * over all documents, writes each document's part to a temporary file while it counts the
   * summary, then the summary and the parts.
   */
  public void write(Iterable<DocumentReview> reviews, Writer out) throws IOException {
    switch (this) {
      case TEXT:
        TextReport.write(reviews, out);
        break;
      case JSON:
        JsonReport.write(reviews, out);
        break;
      case HTML:
        HtmlReport.write(reviews, out);
        break;
      default:
        throw new IllegalStateException("unknown format " + this);
    }
  }

  /**
   * A monitoring report (双监控): the department summary, each project's monitoring table and its
   * alerts. JSON has the review's shape, {@code {"documents":[{"source", "tables":[{"seq",
   * "findings":[…], "monitoring":{…}}], "summary":{…}}]}}.
   */
  public String renderMonitoring(List<DocumentMonitoring> runs) {
    switch (this) {
      case TEXT:
        return MonitoringText.render(runs);
      case JSON:
        return MonitoringJson.render(runs);
      case HTML:
        return MonitoringHtml.render(runs);
      default:
        throw new IllegalStateException("unknown format " + this);
    }
  }

  /**
   * Writes the monitoring report of {@code runs} to {@code out}, the same text as {@link
   * #renderMonitoring}, document by document as the runs come: a caller that monitors documents as
   * it iterates holds one document and its run at a time, whatever the format.
   */
  public void writeMonitoring(Iterable<DocumentMonitoring> runs, Writer out) throws IOException {
    switch (this) {
      case TEXT:
        MonitoringText.write(runs, out);
        break;
      case JSON:
        MonitoringJson.write(runs, out);
        break;
      case HTML:
        MonitoringHtml.write(runs, out);
        break;
      default:
        throw new IllegalStateException("unknown format " + this);
    }
  }

  /** {@code text}, {@code json} or {@code html}; null for anything else. */
  public static ReportFormat of(String name) {
    for (ReportFormat f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(name)) {
        return f;
      }
    }
    return null;
  }
}
