package io.jixiao.review;

import java.util.Objects;

/**
 * Where a finding is: the document, the table (its printed seq; null for the whole document), the
 * indicator row (1-based index into the table's indicators; null for the table as a whole) and the
 * field ({@code value}, {@code l2}, {@code budget.total}, {@code spendingPlan.dec}, ...).
 */
public record Location(String source, Integer table, Integer row, String field) {

  public Location {
    Objects.requireNonNull(source, "source");
    if (row != null && row < 1) {
      throw new IllegalArgumentException("rows count from 1: " + row);
    }
    if (row != null && table == null) {
      throw new IllegalArgumentException("a row needs a table");
    }
  }

  /** {@code 表 3 第 2 行 指标值} in Chinese, for reports. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    if (table == null) {
      b.append("全文");
    } else {
      b.append("表 ").append(table);
    }
    if (row != null) {
      b.append(" 第 ").append(row).append(" 行");
    }
    if (field != null) {
      b.append(' ').append(Fields.label(field));
    }
    return b.toString();
  }
}
