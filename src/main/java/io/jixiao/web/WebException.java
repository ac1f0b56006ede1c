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
  private final int retryAfterSeconds;

  private WebException(int status, String code, String message, List<FieldProblem> problems) {
    this(status, code, message, problems, 0);
  }

  private WebException(
      int status, String code, String message, List<FieldProblem> problems, int retryAfter) {
    super(message);
    this.status = status;
    this.code = code;
    this.problems = List.copyOf(problems);
    this.retryAfterSeconds = retryAfter;
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

  /** A request that does not say what it must (a missing file part, a page number of 0). */
  static WebException badRequest(String message) {
    return new WebException(400, "WEB-BAD-REQUEST", message, List.of());
  }

  /** The database failed (503); the message says nothing about the cause. */
  static WebException unavailable(String message) {
    return new WebException(503, "STORE-FAILED", message, List.of());
  }

  /** An upload larger than the limit (413). */
  static WebException tooLarge(String message) {
    return new WebException(413, "WEB-TOO-LARGE", message, List.of());
  }

  /** Too many uploads at once: try again after {@code seconds} (429 with Retry-After). */
  static WebException busy(String message, int seconds) {
    return new WebException(429, "WEB-BUSY", message, List.of(), seconds);
  }

  /** Seconds after which a refused request may be tried again, 0 when not said. */
  int retryAfterSeconds() {
    return retryAfterSeconds;
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
