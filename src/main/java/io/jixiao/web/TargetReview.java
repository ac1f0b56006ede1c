package io.jixiao.web;

import io.jixiao.review.LastYear;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;

/**
 * The port through which the web reviews a target table: the findings on its rows and fields, and
 * the grade 优/良/中/差. Served by the review engine through {@link EngineReview}, registered in
 * {@link WebConfig#targetReview()}.
 */
interface TargetReview {

  /**
   * Reviews {@code project}, one of the tables of {@code document}, with the department's results of
   * last year ({@link LastYear#NONE} when none are stored) for the rules that compare with them (X3,
   * R1). Never throws for bad data.
   */
  ReviewResult review(TargetDocument document, LastYear lastYear, Project project);

  /** A short Chinese name of a rule, for summaries such as the most frequent findings. */
  default String ruleTitle(String rule) {
    return rule;
  }
}
