package io.jixiao.monitor;

import java.util.List;

/** The six columns of an actuals file, in their order. */
enum ActualsColumn {
  SOURCE("source", "绩效文本的文件名"),
  SEQ("seq", "表号"),
  ROW("row", "spent（累计支出）、budget（调整后预算数）或指标序号"),
  PERIOD("period", "期间 YYYY-MM，截至该月末"),
  VALUE("value", "实际值"),
  NOTE("note", "偏差原因及改进措施");

  /** The header line of an actuals CSV file. */
  static final String HEADER = "source,seq,row,period,value,note";

  static final List<ActualsColumn> ALL = List.of(values());

  private final String label;
  private final String meaning;

  ActualsColumn(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  /** The column's name in the header: {@code source} … {@code note}. */
  String label() {
    return label;
  }

  /** What the column holds, in Chinese. */
  String meaning() {
    return meaning;
  }

  /** The column named {@code label} exactly, or null. */
  static ActualsColumn of(String label) {
    for (ActualsColumn c : ALL) {
      if (c.label.equals(label)) {
        return c;
      }
    }
    return null;
  }
}
