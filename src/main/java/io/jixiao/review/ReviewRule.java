package io.jixiao.review;

/**
 * A review rule of the catalog. A rule is a small named class built once from its settings in the
 * rule pack; it reports what it finds to a {@link Findings} and never throws for bad data. Rules
 * that look at one table implement {@link TableRule}, rules across a document's tables {@link
 * DocumentRule}; a rule may be both.
 */
interface ReviewRule {

  RuleId id();
}
