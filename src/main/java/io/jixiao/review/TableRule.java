package io.jixiao.review;

/** A rule run on every table; everything it needs is precomputed in the {@link TableContext}. */
interface TableRule extends ReviewRule {

  void check(TableContext table, Findings out);
}
