package io.jixiao.web;

import io.jixiao.review.DocumentReview;
import io.jixiao.review.Finding;
import io.jixiao.review.LastYear;
import io.jixiao.review.ReviewEngine;
import io.jixiao.review.RuleId;
import io.jixiao.review.TableReview;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import java.util.List;

/**
 * The web's review port served by the review engine ({@code io.jixiao.review}) with the default rule
 * pack: the whole document is reviewed (the cross-table rules need it) and the table's findings and
 * grade are taken from that review.
 */
final class EngineReview implements TargetReview {

  private final ReviewEngine engine;

  /** The last document reviewed: pages review one document's tables one after another. */
  private volatile Cached last;

  private record Cached(TargetDocument document, LastYear lastYear, DocumentReview review) {}

  EngineReview(ReviewEngine engine) {
    this.engine = engine;
  }

  @Override
  public ReviewResult review(TargetDocument document, LastYear lastYear, Project project) {
    DocumentReview review = reviewOf(document, lastYear);
    for (TableReview table : review.tables()) {
      if (table.seq() == project.seq()) {
        return new ReviewResult(
            table.findings().stream().map(EngineReview::finding).toList(), grade(table));
      }
    }
    return new ReviewResult(List.of(), Grade.EXCELLENT);
  }

  @Override
  public String ruleTitle(String rule) {
    RuleId id = RuleId.of(rule);
    return id == null ? rule : id.title();
  }

  private DocumentReview reviewOf(TargetDocument document, LastYear lastYear) {
    Cached c = last;
    if (c != null && c.document == document && c.lastYear == lastYear) {
      return c.review;
    }
    DocumentReview review = engine.review(document, lastYear);
    last = new Cached(document, lastYear, review);
    return review;
  }

  private static ReviewFinding finding(Finding f) {
    return new ReviewFinding(
        f.rule().name(),
        ReviewFinding.Severity.valueOf(f.severity().name()),
        f.row(),
        f.field(),
        f.message(),
        f.suggestion());
  }

  private static Grade grade(TableReview table) {
    return Grade.valueOf(table.grade().name());
  }
}
