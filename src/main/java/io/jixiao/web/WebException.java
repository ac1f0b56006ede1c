package io.jixiao.web;

import java.util.List;

/**
 * An expected refusal of a web request: not found (also for tables of another department, so
 * their existence is not revealed), forbidden, or invalid input. Mapped to a page or to RFC 7807
 * problem details in {@link ErrorHandling}, the one place that does so.
 */
final class WebException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient List<FieldProblem> problems;

  private WebException(int status, String code, String message, List<FieldProblem> problems) {
    super(message);
    this.status = status;
    this.code = code;
    this.problems = List.copyOf(problems);
  }

  static WebException notFound(String message) {
    return new WebException(404, "WEB-NOT-FOUND", message, List.of());
  }

  static WebException forbidden(String message) {
    return new WebException(403, "WEB-FORBIDDEN", message, List.of());
  }

  static WebException invalid(String message, List<FieldProblem> problems) {
    return new WebException(400, "WEB-INVALID", message, problems);
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  List<FieldProblem> problems() {
    return problems;
  }

  /** An input field that could not be accepted, and why, in Chinese. */
  record FieldProblem(String field, String message) {}
}
