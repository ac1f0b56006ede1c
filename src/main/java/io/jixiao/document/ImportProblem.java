package io.jixiao.document;

import java.util.Objects;

/**
 * Something the importer could not read, with where it is: file, line (1-based, 0 for the whole
 * file), table seq (null outside tables) and field (null when not about one field). An {@link
 * Severity#ERROR} means the document is not stored; a {@link Severity#WARNING} means it is stored
 * and a person should look.
 *
 * @param code stable message code, e.g. {@code IMP-EMPTY}
 * @param message the problem in Chinese, for the user
 */
public record ImportProblem(
    Severity severity,
    String code,
    String file,
    int line,
    Integer table,
    String field,
    String message) {

  public enum Severity {
    ERROR,
    WARNING
  }

  public ImportProblem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code 001.txt:152: 表 3, 字段 指标值: message [IMP-CODE]}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append(file);
    if (line > 0) {
      b.append(':').append(line);
    }
    b.append(": ");
    b.append(severity == Severity.ERROR ? "错误" : "警告").append(" ");
    if (table != null) {
      b.append("表 ").append(table).append(", ");
    }
    if (field != null) {
      b.append("字段 ").append(field).append(", ");
    }
    b.append(message).append(" [").append(code).append(']');
    return b.toString();
  }
}
