package io.jixiao.review;

import java.util.Set;

/**
 * The thresholds that turn a table's findings into a grade; part of the rule pack. See {@code
 * docs/review.md} for the formula and its reasoning.
 *
 * @param excellentMaxWarnings at most this many warned places and the table is still 优
 * @param fairMinWarnings this many warned places make a table 中 even without an error
 * @param poorMinErrors this many errors make a table 差
 * @param poorRules an error of one of these rules alone makes a table 差
 */
record GradingPolicy(
    int excellentMaxWarnings, int fairMinWarnings, int poorMinErrors, Set<RuleId> poorRules) {

  GradingPolicy {
    if (poorMinErrors < 1) {
      throw new IllegalArgumentException("poorMinErrors must be at least 1");
    }
    if (fairMinWarnings <= excellentMaxWarnings) {
      throw new IllegalArgumentException("fairMinWarnings must exceed excellentMaxWarnings");
    }
    poorRules = Set.copyOf(poorRules);
  }
}
