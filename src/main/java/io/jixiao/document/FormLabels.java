package io.jixiao.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one synonym table of the forms (docs/forms.md): every printed column or field label the
 * readers know, mapped to what it means. A region that prints another label for a known meaning is
 * one more entry here, not a new reader. Labels are compared without white space, with ASCII
 * parentheses and colons as full-width ones ({@link TabRow#label}), a trailing colon, a {@code
 * (万元)} and the points of a level-1 cell ({@code 产出指标(50分)}) dropped.
 */
final class FormLabels {

  /** What a label means. */
  enum Meaning {
    // project columns of a grid and header fields of a form
    UNIT("单位名称", "实施单位", "实施单位（盖章）", "项目单位", "填报单位（盖章）", "填报单位", "部门（单位）名称"),
    AUTHORITY("主管部门", "主管部门及代码", "主管部门名称"),
    AUTHORITY_CODE("主管部门编码", "部门编码", "部门预算编码"),
    PROJECT("项目名称"),
    BUDGET("预算数", "年度资金总额", "资金总额", "总额", "年度预算数"),
    FISCAL("财政资金", "财政拨款", "本年财政拨款", "其中：财政拨款", "其中：财政资金", "其中：本年财政拨款"),
    OTHER_FUNDS("其他资金", "其他", "自有资金", "上年结转资金"),
    GOAL("年度目标", "年度总体目标", "绩效目标", "年度绩效目标"),
    LONG_TERM_GOAL("长期目标", "长期绩效目标"),
    PERIOD("起止时间", "实施期限", "项目期限"),
    CATEGORY("项目类别"),
    NATURE("项目性质"),
    ATTRIBUTE("项目属性"),
    PROJECT_BASIS("立项依据", "项目立项依据", "项目立项的依据"),
    COSTS("项目预算成本构成", "项目成本构成", "成本构成"),
    // the budget block of a 自评表
    INITIAL_BUDGET("年初预算", "年初预算数", "年初部门预算安排金额"),
    ADJUSTED_BUDGET("调整后预算数", "调整后预算", "全年预算数", "全年预算数（A）"),
    SPENT("预算执行数", "全年执行数", "全年执行数（B）", "年度拨付金额"),
    EXECUTION_RATE("预算执行率", "执行率", "执行率（B/A）", "支出实现率"),
    CONCLUSION("评价结论", "评价等级"),
    TOTAL_SCORE("总分"),
    // the sections of a 部门整体 table
    BASIC_SPENDING("基本支出"),
    PROJECT_SPENDING("项目支出"),
    DUTY_FUNCTION("部门职能"),
    DUTY_TASK("年度目标任务", "主要内容"),
    DUTY_PROJECT("支出项目名称", "任务名称"),
    DUTY_AMOUNT("预算金额"),
    // indicator columns
    L1("一级指标"),
    L2("二级指标"),
    L3("三级指标", "指标内容"),
    DESCRIPTION("绩效指标描述", "指标解释", "绩效标准"),
    VALUE("指标值", "目标值", "年度指标值", "当年预期实现值", "绩效目标值"),
    SIGN("指标性质"),
    MEASURE("度量单位", "计量单位"),
    WEIGHT("权重", "分值", "指标分值"),
    DIRECTION("指标方向性", "指标方向"),
    ACTUAL("完成值", "实际完成值", "全年实际值", "实际完成情况"),
    SCORE("得分"),
    REASON("未完成原因分析", "偏差原因分析及改进措施", "未完成原因及拟采取的改进措施", "原因"),
    VALUE_BASIS("指标值确定依据"),
    REMARK("备注");

    private final List<String> labels;

    Meaning(String... labels) {
      this.labels = List.of(labels);
    }

    List<String> labels() {
      return labels;
    }
  }

  private static final Map<String, Meaning> BY_LABEL = new HashMap<>();

  static {
    for (Meaning m : Meaning.values()) {
      for (String l : m.labels) {
        Meaning before = BY_LABEL.put(TabRow.label(l), m);
        if (before != null) {
          throw new IllegalStateException("label " + l + " has two meanings");
        }
      }
    }
  }

  private static final Pattern POINTS = Pattern.compile("^(.+?)（(\\d+(?:\\.\\d+)?)分）$");

  private FormLabels() {}

  /** The meaning of a printed label, null when it is no known label. */
  static Meaning of(String printed) {
    if (printed == null) {
      return null;
    }
    String l = normal(printed);
    return BY_LABEL.get(l);
  }

  /** The label without white space, trailing colon, {@code (万元)} or points. */
  static String normal(String printed) {
    String l = TabRow.label(printed);
    if (l.endsWith("：")) {
      l = l.substring(0, l.length() - 1);
    }
    if (l.endsWith("（万元）")) {
      l = l.substring(0, l.length() - 4);
    }
    Matcher m = POINTS.matcher(l);
    return m.matches() ? m.group(1) : l;
  }

  /** The points written inside a level-1 cell ({@code 产出指标(50分)} → 50), null when none. */
  static java.math.BigDecimal points(String printed) {
    if (printed == null) {
      return null;
    }
    Matcher m = POINTS.matcher(TabRow.label(printed));
    return m.matches() ? new java.math.BigDecimal(m.group(2)) : null;
  }
}
