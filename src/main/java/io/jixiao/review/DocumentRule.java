package io.jixiao.review;

/**
 * A rule run once per document across its tables (and last year's document when known). It reports
 * against a table with {@link Findings#table(int)} or against the document as a whole with {@link
 * Findings#document()}.
 */
interface DocumentRule extends ReviewRule {

  void check(DocumentContext document, Findings out);
}
