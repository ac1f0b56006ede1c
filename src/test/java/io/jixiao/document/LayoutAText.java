package io.jixiao.document;

/**
 * Writes text the way the layout-A Word export prints a table: an unindented title line, one
 * tab-indented line per cell, blank lines between rows. A cell containing {@code \n} is printed
 * over several lines (a line break inside the cell).
 */
final class LayoutAText {

  private final StringBuilder out = new StringBuilder();

  /** {@code [bookmark: _Toc…]seq.title}. */
  LayoutAText title(int seq, String title) {
    out.append("[bookmark: _Toc1577600").append(seq).append(']').append(seq).append('.');
    out.append(title).append('\n');
    return this;
  }

  /** The cells of one group, without the blank line after them. */
  LayoutAText cells(String... cells) {
    for (String c : cells) {
      out.append('\t').append(c).append('\n');
    }
    return this;
  }

  /** The cells of one row, then a blank line. */
  LayoutAText row(String... cells) {
    return cells(cells).blank();
  }

  LayoutAText blank() {
    out.append('\n');
    return this;
  }

  /** A line printed as is. */
  LayoutAText line(String line) {
    out.append(line).append('\n');
    return this;
  }

  /** The usual header block of the Tianjin exports, up to and including the goals row. */
  LayoutAText header(String unit, String name, String total, String fundUse, String goals) {
    row(unit, "单位：万元");
    row("项目名称", name);
    row("预算规模及资金用途", "预算数", total, "其中：财政    资金", total, "其他资金", " ");
    row("", fundUse);
    row("绩效目标", goals);
    return blank().line(" ");
  }

  /** The five-column indicator header row. */
  LayoutAText indicatorHeader() {
    return row("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值");
  }

  String text() {
    return out.toString();
  }

  @Override
  public String toString() {
    return text();
  }
}
