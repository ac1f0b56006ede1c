package io.jixiao.monitor;

import java.util.Objects;

/**
 * Something wrong in an actuals file, with where it is: the file, the sheet (XLSX only), the line
 * of a CSV file or the row of the sheet (1-based; 0 for the whole file), the column by name ({@code
 * value}) and, in a sheet, by letter ({@code E}). An {@link Severity#ERROR} means nothing of the
 * file is used; a {@link Severity#WARNING} means it is used and a person should look.
 *
 * @param code stable message code, e.g. {@code ACT-UNIT}
 * @param sheet the sheet's name; null for a CSV file
 * @param column the column's name ({@code source} … {@code note}); null for the whole file or line
 * @param letter the column's letter in the sheet; null for a CSV file
 * @param message the problem in Chinese, for the user
 */
public record ActualsProblem(
    Severity severity,
    String code,
    String file,
    String sheet,
    int line,
    String column,
    String letter,
    String message) {

  public enum Severity {
    ERROR,
    WARNING
  }

  public ActualsProblem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * {@code actuals.csv:12: 错误 列 value：… [ACT-UNIT]}, or for a sheet {@code a.xlsx：工作表“执行数据”第 12 行 E
   * 列（value）：错误 … [ACT-UNIT]}.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(file);
    String kind = severity == Severity.ERROR ? "错误" : "警告";
    if (sheet == null) {
      if (line > 0) {
        b.append(':').append(line);
      }
      b.append(": ").append(kind).append(' ');
      if (column != null) {
        b.append("列 ").append(column).append("：");
      }
    } else {
      b.append("：工作表“").append(sheet).append('”');
      if (line > 0) {
        b.append("第 ").append(line).append(" 行");
      }
      if (letter != null) {
        b.append(' ').append(letter).append(" 列");
      }
      if (column != null) {
        b.append("（").append(column).append('）');
      }
      b.append("：").append(kind).append(' ');
    }
    b.append(message).append(" [").append(code).append(']');
    return b.toString();
  }
}
