package io.jixiao.document;

import io.jixiao.document.Paragraphs.Paragraph;
import io.jixiao.model.Department;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the department and budget year on the cover or in the title of a document, before its table
 * of contents, Part 1 or first table. Knows three shapes: the name on the line above {@code 2023
 * 年部门预算绩效文本}; the name before the year ({@code XX市财政局2024年部门预算绩效目标}); the year in brackets at the
 * end ({@code XX局部门预算绩效文本（2024年）}). Anything else gives no department.
 */
final class CoverTitle {

  /** The cover is short: a title page has a handful of lines, an explanatory note a few more. */
  private static final int MAX_PARAGRAPHS = 40;

  private static final String YEAR = "((?:19|2[01])\\d{2})\\s*年\\s*度?";

  /** What follows the year in a budget title: 部门预算, 单位预算, 部门整体支出, 预算…. */
  private static final String BUDGET = "\\s*(?:(?:部门|单位)(?:整体)?(?:预算|支出)|预算)";

  private static final Pattern YEAR_FIRST = Pattern.compile("^" + YEAR + BUDGET);
  private static final Pattern NAME_YEAR = Pattern.compile("^(.+?)\\s*" + YEAR + BUDGET);
  private static final Pattern NAME_BUDGET_YEAR =
      Pattern.compile("^(.+?)\\s*(?:部门|单位)(?:整体)?(?:预算|支出).{0,20}?[（(]\\s*" + YEAR + "\\s*[）)]");

  /** How the name of a public body ends: 局, 委员会, 中心, 人民政府, …. */
  private static final Pattern ORGANISATION =
      Pattern.compile("(?:局|委|会|厅|院|办|室|中心|部|处|所|站|馆|队|社|府|署|校|园|台|司|团|联|组|科|库|场)$");

  private static final Pattern CONTENTS = Pattern.compile("^目\\s*录$");
  private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s\\-—–:：|]+$");
  private static final Pattern SENTENCE_START = Pattern.compile("^(?:第|关于|按照|根据|附件|现将|[（(]).*");
  private static final Pattern NOT_A_NAME = Pattern.compile(".*(?:预算|绩效|目录|部分|编制|审核|草案|征求意见).*");
  private static final Pattern BRACKETED_END = Pattern.compile("[（(][^（()）]*[）)]$");
  private static final String NOT_IN_NAME = "，。；：！？、《》“”\"':;,!?";

  private CoverTitle() {}

  /** The department on the cover of {@code text}, or null when the cover names none clearly. */
  static Department find(Paragraphs text) {
    Paragraph previous = null;
    for (int i = 0; i < MAX_PARAGRAPHS && text.has(i); i++) {
      Paragraph p = text.get(i);
      String t = p.text();
      if (endsCover(t)) {
        return null;
      }
      Department found = titleLine(t, previous);
      if (found != null) {
        return found;
      }
      previous = p;
    }
    return null;
  }

  /** The table of contents, Part 1 or the first table: the cover is over. */
  private static boolean endsCover(String t) {
    return CONTENTS.matcher(t).matches()
        || t.contains("整体绩效目标") && Paragraphs.looksLikeHeading(t)
        || t.endsWith("绩效目标表")
        || t.contains("一级指标");
  }

  private static Department titleLine(String t, Paragraph previous) {
    if (t.length() > 60 || t.contains("。") || t.contains("，")) {
      return null;
    }
    Matcher m = YEAR_FIRST.matcher(t);
    if (m.find()) {
      String name = previous == null ? null : name(previous.text());
      return department(name, m.group(1));
    }
    m = NAME_YEAR.matcher(t);
    if (m.find()) {
      String name = name(m.group(1));
      return department(name, m.group(2));
    }
    m = NAME_BUDGET_YEAR.matcher(t);
    if (m.find()) {
      String name = name(m.group(1));
      return department(name, m.group(2));
    }
    return null;
  }

  private static Department department(String name, String year) {
    int y = Integer.parseInt(year);
    return name == null || y < 1990 || y > 2100 ? null : new Department(name, y);
  }

  /** {@code s} as a department name, or null when it does not look like the name of a body. */
  static String name(String s) {
    String n = Cells.text(s);
    if (n == null) {
      return null;
    }
    n = TRAILING_MARKS.matcher(n).replaceAll("");
    if (n.length() < 2 || n.length() > 40 || ItemNumber.parse(n) != null) {
      return null;
    }
    if (SENTENCE_START.matcher(n).matches() || NOT_A_NAME.matcher(n).matches()) {
      return null;
    }
    String body = BRACKETED_END.matcher(n).replaceAll("");
    if (!ORGANISATION.matcher(body).find()) {
      return null;
    }
    boolean ideograph = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (NOT_IN_NAME.indexOf(c) >= 0) {
        return null;
      }
      ideograph |= c >= '\u4e00' && c <= '\u9fff';
    }
    return ideograph ? n : null;
  }
}
