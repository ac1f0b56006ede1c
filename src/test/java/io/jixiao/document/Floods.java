package io.jixiao.document;

/** Documents that flood the importer, for the tests of the limits (issue 12, point 3). */
public final class Floods {

  static final String HEADER = "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\n";

  private Floods() {}

  /** {@code n} minimal tables in the markdown tab-row layout, about 135 bytes each. */
  public static String tables(int n) {
    StringBuilder t = new StringBuilder("某某局\n2023 年部门预算绩效文本\n\n");
    for (int i = 1; i <= n; i++) {
      t.append("## ").append(i).append(". 项目").append(i).append("绩效目标表\n\n");
      t.append(HEADER);
      t.append("产出指标\t数量指标\t数量\t数量\t≥1个\t计划\n\n");
    }
    return t.toString();
  }
}
