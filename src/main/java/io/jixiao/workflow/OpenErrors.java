package io.jixiao.workflow;

/**
 * The port through which 批复 learns how many 错误 the review finds in a table's current content
 * (the web serves it with the review engine); {@link #NONE} for callers that do not review.
 */
@FunctionalInterface
public interface OpenErrors {

  OpenErrors NONE = id -> 0;

  /** The number of findings of severity 错误 of table {@code id} as it is stored now. */
  int of(long id);
}
