package io.jixiao.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The layout of Jixiao's own XLSX export, shared by the writer (module publish) and the reader: the
 * sheets, their header labels, the format marker on the 说明 sheet, and how a list is put into one
 * cell.
 *
 * <p>The reader finds sheets and columns by their header labels, not by position, so a user may
 * reorder, add or hide columns. Columns marked hidden carry what the visible cells cannot say
 * exactly (the order of rows, a spending plan printed with every checkpoint blank, a goal whose
 * text holds a line break); the visible cells stay the source of truth wherever they can be read
 * back exactly.
 */
public final class XlsxLayout {

  /** The value of {@link About#FORMAT} on the 说明 sheet; the version follows after a space. */
  public static final String FORMAT_NAME = "Jixiao XLSX";

  /** The version this code writes and the highest it reads. */
  public static final int FORMAT_VERSION = 1;

  public static final String INDICATOR_SHEET = "指标";
  public static final String PROJECT_SHEET = "项目";
  public static final String OVERALL_SHEET = "部门整体目标";
  public static final String ABOUT_SHEET = "说明";

  /** Excel's limit on the text of one cell. */
  public static final int MAX_CELL_TEXT = 32_767;

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private XlsxLayout() {}

  /** A column of a sheet: its header label, and whether it is hidden and read back. */
  public interface Column {
    String label();

    /** Hidden columns hold what the reader needs for an exact document; users leave them alone. */
    boolean hidden();

    /** True when the reader takes the column; the others are derived for reading and filtering. */
    boolean read();
  }

  /** Sheet 指标: one row per indicator, with the project's fields repeated for filtering. */
  public enum IndicatorColumn implements Column {
    DEPARTMENT("部门", false),
    YEAR("年度", false),
    SOURCE("文件", false),
    SEQ("表序号", true),
    UNIT_CODE("单位编码", false),
    UNIT_NAME("单位名称", false),
    PROJECT_CODE("项目编码", false),
    PROJECT("项目名称/表名", false),
    L1("一级指标", true),
    L2("二级指标", true),
    L3("三级指标", true),
    DESCRIPTION("绩效指标描述", true),
    VALUE("指标值", true),
    BASIS("指标值确定依据", true),
    SIGN_CODE("符号代码", false),
    SIGN("符号", false),
    NUMBER("数值", false),
    UNIT("计量单位", false),
    KIND("值类型", false),
    DEADLINE("截止日期", false),
    /** The table's {@link ProjectColumn#ROW}: links the row to its table on sheet 项目. */
    PROJECT_ROW("项目行", true, true),
    /** 1-based position of the indicator in its table: keeps the order when the sheet is sorted. */
    POSITION("指标序", true, true);

    private final String label;
    private final boolean read;
    private final boolean hidden;

    IndicatorColumn(String label, boolean read) {
      this(label, read, false);
    }

    IndicatorColumn(String label, boolean read, boolean hidden) {
      this.label = label;
      this.read = read;
      this.hidden = hidden;
    }

    @Override
    public String label() {
      return label;
    }

    @Override
    public boolean hidden() {
      return hidden;
    }

    @Override
    public boolean read() {
      return read;
    }
  }

  /** Sheet 项目: one row per target table with its header block. */
  public enum ProjectColumn implements Column {
    SEQ("表序号", true),
    TITLE("表名", true),
    UNIT_CODE("单位编码", true),
    UNIT_NAME("单位名称", true),
    PROJECT_CODE("项目编码", true),
    PROJECT_NAME("项目名称", true),
    TOTAL("预算数", true),
    FISCAL("财政资金", true),
    OTHER("其他资金", true),
    FUND_USE("资金用途", true),
    MAR("3月底（%）", true),
    JUN("6月底（%）", true),
    OCT("10月底（%）", true),
    DEC("12月底（%）", true),
    GOALS("绩效目标", true),
    INDICATOR_COUNT("指标数", false),
    /** 1-based position of the table in the document: the key rows of sheet 指标 refer to. */
    ROW("项目行", true, true),
    /** 有 or 无: tells a printed plan with every checkpoint blank from a table without a plan. */
    PLAN("支出计划", true, true),
    /** The goals as a JSON array, only when the numbered cell cannot be read back exactly. */
    GOALS_EXACT("绩效目标（原文）", true, true);

    private final String label;
    private final boolean read;
    private final boolean hidden;

    ProjectColumn(String label, boolean read) {
      this(label, read, false);
    }

    ProjectColumn(String label, boolean read, boolean hidden) {
      this.label = label;
      this.read = read;
      this.hidden = hidden;
    }

    @Override
    public String label() {
      return label;
    }

    @Override
    public boolean hidden() {
      return hidden;
    }

    @Override
    public boolean read() {
      return read;
    }
  }

  /**
   * Sheet 部门整体目标 (Part 1): a 总体绩效目标 row, one row per 分项绩效目标 and one per 工作保障措施, told apart by
   * {@link #PART}.
   */
  public enum OverallColumn implements Column {
    PART("部分", true),
    NUMBER("序号", false),
    TITLE("标题", true),
    TEXT("内容", true),
    INDICATORS("绩效指标", true),
    /** A sub-goal's indicator lines as a JSON array, only when the cell cannot be read back. */
    INDICATORS_EXACT("绩效指标（原文）", true, true);

    private final String label;
    private final boolean read;
    private final boolean hidden;

    OverallColumn(String label, boolean read) {
      this(label, read, false);
    }

    OverallColumn(String label, boolean read, boolean hidden) {
      this.label = label;
      this.read = read;
      this.hidden = hidden;
    }

    @Override
    public String label() {
      return label;
    }

    @Override
    public boolean hidden() {
      return hidden;
    }

    @Override
    public boolean read() {
      return read;
    }
  }

  /** The values of {@link OverallColumn#PART}. */
  public static final String PART_SUMMARY = "总体绩效目标";

  public static final String PART_SUB_GOAL = "分项绩效目标";
  public static final String PART_MEASURE = "工作保障措施";

  /** Sheet 说明: labels in column A, values in column B. */
  public static final class About {
    public static final String FORMAT = "格式";
    public static final String SOURCE = "来源文件";
    public static final String DEPARTMENT = "部门";
    public static final String YEAR = "年度";
    public static final String OVERALL = "部门整体目标";
    public static final String TABLES = "绩效目标表";
    public static final String INDICATORS = "指标";

    private About() {}
  }

  /** {@code 有} / {@code 无} in the flag columns and on the 说明 sheet. */
  public static final String YES = "有";

  public static final String NO = "无";

  /** The marker written on the 说明 sheet: {@code Jixiao XLSX 1}. */
  public static String formatMarker() {
    return FORMAT_NAME + " " + FORMAT_VERSION;
  }

  // ---- goals: one cell, numbered items on their own lines

  /**
   * The goals as one cell: {@code 1. first}, a line break, {@code 2. second}; null for no goals.
   * {@link #goalsFromCell} reads it back; where that would not give the same list (an item holding
   * a line break followed by the next number), the writer also fills {@link
   * ProjectColumn#GOALS_EXACT}.
   */
  public static String goalsCell(List<String> goals) {
    if (goals.isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < goals.size(); i++) {
      if (i > 0) {
        b.append('\n');
      }
      b.append(i + 1).append(". ").append(goals.get(i));
    }
    return b.toString();
  }

  /**
   * Reads a goals cell: a line starting with the next number and {@code ". "} starts an item, any
   * other line continues the item above (joined with a line break). Text before {@code 1. } is an
   * item of its own, so that a cell typed without numbers is not lost.
   */
  public static List<String> goalsFromCell(String cell) {
    if (cell == null) {
      return List.of();
    }
    List<StringBuilder> items = new ArrayList<>();
    for (String line : cell.split("\n", -1)) {
      String prefix = (items.size() + 1) + ". ";
      if (line.startsWith(prefix)) {
        items.add(new StringBuilder(line.substring(prefix.length())));
      } else if (items.isEmpty()) {
        items.add(new StringBuilder(line));
      } else {
        items.get(items.size() - 1).append('\n').append(line);
      }
    }
    List<String> out = new ArrayList<>(items.size());
    for (StringBuilder b : items) {
      out.add(b.toString());
    }
    return Collections.unmodifiableList(out);
  }

  // ---- lines: one cell, one element a line

  /** A list as one cell, one element a line; null for an empty list. */
  public static String linesCell(List<String> lines) {
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  public static List<String> linesFromCell(String cell) {
    return cell == null ? List.of() : List.of(cell.split("\n", -1));
  }

  // ---- the exact form of a list, in a hidden column

  /** A list of strings as a JSON array. */
  public static String jsonArray(List<String> values) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartArray();
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
    return out.toString();
  }

  /**
   * Reads a JSON array of strings.
   *
   * @throws IllegalArgumentException when the text is not one
   */
  public static List<String> fromJsonArray(String json) {
    List<String> out = new ArrayList<>();
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new IllegalArgumentException("not a JSON array");
      }
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t != JsonToken.VALUE_STRING) {
          throw new IllegalArgumentException("not a JSON array of strings");
        }
        out.add(p.getString());
      }
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("text after the JSON array");
      }
    } catch (tools.jackson.core.JacksonException e) {
      throw new IllegalArgumentException("not a JSON array: " + e.getOriginalMessage(), e);
    }
    return Collections.unmodifiableList(out);
  }
}
