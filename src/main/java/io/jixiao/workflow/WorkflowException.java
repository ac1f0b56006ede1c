package io.jixiao.workflow;

import java.util.Objects;

/**
 * A workflow step or an edit that the target table's state or revision does not allow. The code is
 * stable ({@code WF-ILLEGAL-STEP}, {@code WF-NOT-EDITABLE}, {@code WF-COMMENT-REQUIRED}, {@code
 * WF-CONFLICT}, {@code WF-NOT-FOUND}); the message is in Chinese, for the user.
 */
public final class WorkflowException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An illegal step for the current state. */
  public static final String ILLEGAL_STEP = "WF-ILLEGAL-STEP";

  /** A change to a table that is not in 编制中 or 已退回. */
  public static final String NOT_EDITABLE = "WF-NOT-EDITABLE";

  /** A return without a comment. */
  public static final String COMMENT_REQUIRED = "WF-COMMENT-REQUIRED";

  /** Actuals for a table that is not 已批复 or 已公开. */
  public static final String ACTUALS_CLOSED = "WF-ACTUALS-CLOSED";

  /** A change would delete an indicator that has stored actuals. */
  public static final String HAS_ACTUALS = "WF-HAS-ACTUALS";

  /** 批复 of a table with open 错误 that the rule pack refuses. */
  public static final String ERRORS_OPEN = "WF-ERRORS-OPEN";

  /** A step that needs a written reason (批复 over errors, 撤销公开, 催办) without one. */
  public static final String REASON_REQUIRED = "WF-REASON-REQUIRED";

  /** A user acting on a table of another department, or in a role the step is not for. */
  public static final String FORBIDDEN = "WF-FORBIDDEN";

  /** No table has the id asked for. */
  public static final String NOT_FOUND = "WF-NOT-FOUND";

  /** A change based on a revision that is no longer current. */
  public static final String CONFLICT = "WF-CONFLICT";

  private final String code;

  public WorkflowException(String code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  public String code() {
    return code;
  }
}
