package io.jixiao.document;

import io.jixiao.document.ItemNumber.Style;
import io.jixiao.document.Paragraphs.Paragraph;
import io.jixiao.model.DepartmentGoals;
import io.jixiao.model.DepartmentGoals.Measure;
import io.jixiao.model.DepartmentGoals.SubGoal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Part 1, 部门整体绩效目标, from its heading to the next part: the paragraphs of 总体绩效目标, the numbered
 * sub-goals of 分项绩效目标 with their {@code 绩效目标：} and {@code 绩效指标：}, and the numbered measures of
 * 工作保障措施. Headings may be markdown ({@code ### 一、总体绩效目标}) or plain numbered lines ({@code
 * （一）总体绩效目标}); a paragraph split by a page break is joined again.
 */
final class PartOne {

  private enum Section {
    PREAMBLE,
    SUMMARY,
    SUB_GOALS,
    MEASURES
  }

  private enum Field {
    NONE,
    GOAL,
    INDICATORS
  }

  /**
   * What was read, with the lines a problem would point at.
   *
   * @param goals the content; null when nothing could be read
   * @param headingLine the line of the Part 1 heading
   * @param subGoalsLine the line of the 分项绩效目标 heading, or the Part 1 heading when there is none
   * @param withoutIndicators the sub-goals that have no indicators, with their lines
   */
  record Result(
      DepartmentGoals goals, int headingLine, int subGoalsLine, List<Located> withoutIndicators) {

    boolean hasSubGoals() {
      return goals != null && !goals.subGoals().isEmpty();
    }
  }

  /** A title and the line it stands on. */
  record Located(String title, int line) {}

  private static final Pattern PART_HEADING =
      Pattern.compile("^(?:第[一二三四五六七八九十\\d]+(?:部分|章|篇)\\s*)?.{0,12}整体(?:支出)?绩效目标$");
  private static final Pattern SUMMARY_HEADING =
      Pattern.compile("^(?:部门|年度)?(?:总体|整体年度|年度总体)(?:绩效)?目标$");
  private static final Pattern SUB_GOALS_HEADING =
      Pattern.compile("^(?:部门)?(?:分项|具体|分类)(?:绩效)?目标$");
  private static final Pattern MEASURES_HEADING = Pattern.compile("^.{0,10}保障措施$");
  private static final Pattern OTHER_PART = Pattern.compile("^第[一二三四五六七八九十\\d]+(?:部分|章|篇)");
  private static final Pattern PROJECT_PART =
      Pattern.compile("(?:项目|专项资金|专项|政府采购)(?:支出)?绩效目标(?:表)?$|绩效目标表$");
  private static final Pattern GOAL_LABEL = Pattern.compile("^(?:绩效目标|年度绩效目标|年度目标)\\s*[：:]\\s*");
  private static final Pattern INDICATOR_LABEL = Pattern.compile("^(?:绩效指标|主要指标|指标)\\s*[：:]\\s*");
  private static final Pattern INLINE_LABEL = Pattern.compile("(?:绩效目标|绩效指标)\\s*[：:]");
  private static final Pattern INLINE_INDICATOR_LABEL = Pattern.compile("绩效指标\\s*[：:]");
  private static final String TITLE_END = "。：:；;，,.、 ";
  private static final Pattern TRAILING_RUN = Pattern.compile("[：:。\\s]+$");

  /** The characters of {@link #TRAILING_RUN}. */
  private static final String TRAILING = "：:。 \t\n\u000b\f\r";

  private final Paragraphs text;
  private final int headingIndex;
  private final Style headingStyle;

  private Section section = Section.PREAMBLE;
  private Style sectionStyle;
  private int sectionValue;
  private String measuresHeading = "工作保障措施";
  private int subGoalsLine;

  private final List<StringBuilder> summary = new ArrayList<>();
  private final List<Draft> subGoals = new ArrayList<>();
  private final List<MeasureDraft> measures = new ArrayList<>();
  private Style titleStyle;
  private int lastTitle;
  private Style measureStyle;
  private int lastMeasure;
  private Field field = Field.NONE;

  /** Where a continuation of the last paragraph goes, and the text it continues. */
  private StringBuilder sink;

  private String lastText;

  private PartOne(Paragraphs text, int headingIndex) {
    this.text = text;
    this.headingIndex = headingIndex;
    ItemNumber n = ItemNumber.parse(text.get(headingIndex).text());
    this.headingStyle = n == null ? null : n.style();
    this.subGoalsLine = text.get(headingIndex).line();
  }

  /**
   * True when a paragraph with the text {@code t} is a heading of Part 1: {@code 第一部分 部门整体绩效目标},
   * {@code 部门整体绩效目标}.
   */
  static boolean isHeading(String t) {
    if (!t.startsWith("绩效目标", endBeforeMarks(t) - 4) || t.indexOf("整体") < 0) {
      return false;
    }
    String core = core(t);
    return core.length() <= 30 && PART_HEADING.matcher(core).matches();
  }

  /**
   * True when a paragraph with the text {@code t} is a 总体绩效目标 heading, where Part 1 starts when
   * it has no heading.
   */
  static boolean isSummaryHeading(String t) {
    return section(t) == Section.SUMMARY;
  }

  /** Reads Part 1 starting at the heading with index {@code headingIndex}. */
  static Result read(Paragraphs text, int headingIndex) {
    return new PartOne(text, headingIndex).read();
  }

  private Result read() {
    int start = headingIndex + (section(text.get(headingIndex).text()) == null ? 1 : 0);
    for (int i = start; text.has(i); i++) {
      Paragraph p = text.get(i);
      if (endsPart(p)) {
        break;
      }
      if (sink != null && text.continues(lastText, p)) {
        sink.append(p.text());
        lastText = lastText + p.text();
        continue;
      }
      Section s = section(p.text());
      if (s != null) {
        enter(s, p);
        continue;
      }
      switch (section) {
        case PREAMBLE, SUMMARY -> summaryParagraph(p);
        case SUB_GOALS -> subGoalParagraph(p, p.text());
        case MEASURES -> measureParagraph(p);
      }
    }
    return result();
  }

  private void enter(Section s, Paragraph p) {
    section = s;
    sink = null;
    lastText = null;
    field = Field.NONE;
    ItemNumber n = ItemNumber.parse(p.text());
    if (n != null && sectionStyle == null) {
      sectionStyle = n.style();
    }
    if (n != null && n.style() == sectionStyle) {
      sectionValue = n.value();
    }
    if (s == Section.SUB_GOALS && subGoals.isEmpty()) {
      subGoalsLine = p.line();
    }
    if (s == Section.MEASURES) {
      measuresHeading = trimTitle(core(p.text()));
    }
  }

  /** The section a heading with the text {@code t} opens, or null when it is no section heading. */
  private static Section section(String t) {
    int end = endBeforeMarks(t);
    if (!t.startsWith("目标", end - 2) && !t.startsWith("保障措施", end - 4)) {
      return null;
    }
    String core = core(t);
    if (core.length() > 16) {
      return null;
    }
    if (SUMMARY_HEADING.matcher(core).matches()) {
      return Section.SUMMARY;
    }
    if (SUB_GOALS_HEADING.matcher(core).matches()) {
      return Section.SUB_GOALS;
    }
    if (MEASURES_HEADING.matcher(core).matches()) {
      return Section.MEASURES;
    }
    return null;
  }

  /** The text without its numbering and without trailing colons or stops. */
  private static String core(String t) {
    ItemNumber n = ItemNumber.parse(t);
    String s = n == null ? t : n.rest();
    return trimEnd(s).strip();
  }

  /**
   * For a quick test before {@link #core}: the end of {@code t} once the marks that {@code core}
   * cuts off its end are cut off. A heading's core ends with its last word (目标, 保障措施), and whatever
   * stands after the core in {@code t} is such marks.
   */
  private static int endBeforeMarks(String t) {
    int end = t.length();
    while (end > 0 && isEndMark(t.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static boolean isEndMark(char c) {
    if (c > '\u3000') {
      return c == '：' || c == '。'; // no white space up there
    }
    return TRAILING.indexOf(c) >= 0
        || Character.isWhitespace(c)
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }

  /** {@code s} without a run of colons, stops and white space at its end. */
  private static String trimEnd(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char last = s.charAt(s.length() - 1);
    if (TRAILING.indexOf(last) < 0 && last != '\u0085' && last != '\u2028' && last != '\u2029') {
      return s; // nothing to trim: the pattern can only end at the end or before a line break
    }
    return TRAILING_RUN.matcher(s).replaceAll("");
  }

  /** The next part, a project table, or a heading outside the numbering of Part 1's sections. */
  private boolean endsPart(Paragraph p) {
    String t = p.text();
    if (t.contains("一级指标")) {
      return true; // the header of a target table
    }
    if (t.length() > 40 || t.contains("。")) {
      return false;
    }
    if (t.startsWith("第") && OTHER_PART.matcher(t).lookingAt()
        || t.indexOf("绩效目标") >= 0 && PROJECT_PART.matcher(core(t)).find()) {
      return true;
    }
    ItemNumber n = ItemNumber.parse(t);
    if (n == null || section(t) != null || !Paragraphs.looksLikeHeading(n.rest())) {
      return false;
    }
    if (headingStyle != null && n.style().ordinal() <= headingStyle.ordinal()) {
      return true; // the sibling of 一、部门整体绩效目标, or a heading outside it
    }
    if (sectionStyle != null && n.outside(sectionStyle)) {
      return true;
    }
    // After 三、工作保障措施, the last section, 四、… is the next chapter of the document.
    return section == Section.MEASURES
        && n.style() == sectionStyle
        && n.value() == sectionValue + 1;
  }

  private void summaryParagraph(Paragraph p) {
    if (isHeading(p.text())) {
      return; // the Part 1 heading printed twice, as markdown exports do
    }
    StringBuilder b = new StringBuilder(p.text());
    summary.add(b);
    follow(b, p.text());
  }

  private void subGoalParagraph(Paragraph p, String t) {
    Draft title = title(p, t);
    if (title != null) {
      subGoals.add(title);
      field = Field.NONE;
      sink = null;
      lastText = null;
      String rest = t.substring(title.consumed);
      if (!rest.isBlank()) {
        subGoalParagraph(p, rest.strip());
      }
      return;
    }
    Draft current = subGoals.isEmpty() ? null : subGoals.get(subGoals.size() - 1);
    if (current == null) {
      return; // an introduction before the first sub-goal
    }
    // a label's first character comes first: try a label's pattern only where it can match
    char first = t.isEmpty() ? '\0' : t.charAt(0);
    Matcher goal = first == '绩' || first == '年' ? GOAL_LABEL.matcher(t) : null;
    Matcher indicators =
        first == '绩' || first == '主' || first == '指' ? INDICATOR_LABEL.matcher(t) : null;
    if (goal != null && goal.lookingAt()) {
      field = Field.GOAL;
      String rest = t.substring(goal.end());
      Matcher inline = rest.contains("绩效指标") ? INLINE_INDICATOR_LABEL.matcher(rest) : null;
      if (inline != null && inline.find() && inline.start() > 0) {
        // 绩效目标：… 绩效指标：… printed on one line
        current.goal.append(rest, 0, inline.start());
        subGoalParagraph(p, rest.substring(inline.start()));
        return;
      }
      current.goal.append(rest);
      follow(current.goal, t);
    } else if (indicators != null && indicators.lookingAt()) {
      field = Field.INDICATORS;
      String rest = t.substring(indicators.end()).strip();
      if (rest.isEmpty()) {
        sink = null;
        lastText = null;
      } else {
        StringBuilder b = new StringBuilder(rest);
        current.indicators.add(b);
        follow(b, t);
      }
    } else if (field == Field.INDICATORS) {
      ItemNumber n = ItemNumber.parse(t);
      StringBuilder b = new StringBuilder(n == null || n.rest().isBlank() ? t : n.rest());
      current.indicators.add(b);
      follow(b, t);
    } else {
      field = Field.GOAL; // 绩效目标 printed without its label
      current.goal.append(t);
      follow(current.goal, t);
    }
  }

  /** A new sub-goal when {@code t} is its numbered or markdown title, else null. */
  private Draft title(Paragraph p, String t) {
    ItemNumber n = ItemNumber.parse(t);
    boolean heading = p.markdownHeading() && t.equals(p.text());
    if (!heading) {
      if (n == null
          || titleStyle != null && (n.style() != titleStyle || !follows(n.value(), lastTitle))) {
        return null;
      }
    }
    String rest = n == null ? t : n.rest();
    Matcher label = rest.contains("绩效") ? INLINE_LABEL.matcher(rest) : null;
    int end = label != null && label.find() ? label.start() : rest.length();
    String title = trimTitle(rest.substring(0, end));
    if (title.isEmpty() || !heading && !canBeTitle(title)) {
      return null;
    }
    if (n != null) {
      titleStyle = n.style();
      lastTitle = n.value();
    }
    Draft d = new Draft(title, p.line());
    d.consumed = t.length() - rest.length() + end;
    return d;
  }

  private void measureParagraph(Paragraph p) {
    String t = p.text();
    ItemNumber n = ItemNumber.parse(t);
    boolean numbered =
        n != null
            && !n.rest().isBlank()
            && (measureStyle == null
                || n.style() == measureStyle && follows(n.value(), lastMeasure));
    if (!numbered && !p.markdownHeading()) {
      if (measures.isEmpty()) {
        measures.add(new MeasureDraft(measuresHeading));
      }
      MeasureDraft m = measures.get(measures.size() - 1);
      m.text.append(t);
      follow(m.text, t);
      return;
    }
    if (n != null && numbered) {
      measureStyle = n.style();
      lastMeasure = n.value();
    }
    String rest = n == null ? t : n.rest();
    String title = trimTitle(rest);
    if (canBeTitle(title) && title.indexOf('。') < 0 && title.indexOf('：') < 0) {
      measures.add(new MeasureDraft(title));
      sink = null;
      lastText = null;
      return;
    }
    int stop = firstStop(rest);
    MeasureDraft m;
    if (stop > 0 && stop <= 40) {
      m = new MeasureDraft(trimTitle(rest.substring(0, stop)));
      m.text.append(rest.substring(stop + 1));
    } else {
      m = new MeasureDraft(measuresHeading);
      m.text.append(rest);
    }
    measures.add(m);
    follow(m.text, t);
  }

  private static int firstStop(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '。' || c == '：' || c == ':' || c == '；') {
        return i;
      }
    }
    return -1;
  }

  private void follow(StringBuilder b, String t) {
    sink = b;
    lastText = t;
  }

  /** A number that may follow {@code last} in a sequence: the next one, or one skipped. */
  private static boolean follows(int value, int last) {
    return value > last && value <= last + 2;
  }

  /** Short, no sentence inside, not a value: a title rather than a sentence or indicator. */
  private static boolean canBeTitle(String s) {
    if (s.isEmpty() || s.length() > 40 || Paragraphs.isValueLike(s)) {
      return false;
    }
    String inner = s.substring(0, s.length() - 1);
    return inner.indexOf('。') < 0
        && inner.indexOf('；') < 0
        && !Paragraphs.startsWithLabel(s);
  }

  private static String trimTitle(String s) {
    String t = s.strip();
    int end = t.length();
    while (end > 0 && TITLE_END.indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    String out = Cells.text(t.substring(0, end));
    return out == null ? "" : out;
  }

  private Result result() {
    List<String> paragraphs = new ArrayList<>();
    for (StringBuilder b : summary) {
      String s = Cells.text(b.toString());
      if (s != null) {
        paragraphs.add(s);
      }
    }
    List<SubGoal> goals = new ArrayList<>();
    List<Located> withoutIndicators = new ArrayList<>();
    for (Draft d : subGoals) {
      List<String> indicators = new ArrayList<>();
      for (StringBuilder b : d.indicators) {
        String s = Cells.text(b.toString());
        if (s != null) {
          indicators.add(s);
        }
      }
      if (indicators.isEmpty()) {
        withoutIndicators.add(new Located(d.title, d.line));
      }
      goals.add(new SubGoal(d.title, Cells.text(d.goal.toString()), indicators));
    }
    List<Measure> measureList = new ArrayList<>();
    for (MeasureDraft m : measures) {
      if (!m.title.isEmpty()) {
        measureList.add(new Measure(m.title, Cells.text(m.text.toString())));
      }
    }
    int line = text.get(headingIndex).line();
    if (paragraphs.isEmpty() && goals.isEmpty() && measureList.isEmpty()) {
      return new Result(null, line, subGoalsLine, List.of());
    }
    String joined = paragraphs.isEmpty() ? null : String.join("\n", paragraphs);
    return new Result(
        new DepartmentGoals(joined, goals, measureList), line, subGoalsLine, withoutIndicators);
  }

  /** A sub-goal being read. */
  private static final class Draft {
    final String title;
    final int line;
    final StringBuilder goal = new StringBuilder();
    final List<StringBuilder> indicators = new ArrayList<>();
    int consumed;

    Draft(String title, int line) {
      this.title = title;
      this.line = line;
    }
  }

  /** A measure being read. */
  private static final class MeasureDraft {
    final String title;
    final StringBuilder text = new StringBuilder();

    MeasureDraft(String title) {
      this.title = title;
    }
  }
}
