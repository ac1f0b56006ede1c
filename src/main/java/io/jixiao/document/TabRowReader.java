package io.jixiao.document;

import io.jixiao.model.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout B: one table row per line with tab-separated cells (markdown or plain headings above each
 * table, a PDF conversion whose tables are split over pages with a repeated header).
 *
 * <p>A table starts at its title, a line of its own ending in 绩效目标表 with the number printed before
 * it ({@code ## 1. 2023 年…绩效目标表}, {@code 1、15号地…绩效目标表}), and runs to the next title.
 * Table-of-contents entries (dot leaders, a tab before the page number) and Part 1 headings are not
 * titles; what stands before the first title is not read here.
 */
final class TabRowReader implements TableReader {

  /** A table title: the printed number, the title without it, and its line. */
  record Title(int line, int seq, String title) {}

  private static final Pattern HEADING_MARKUP = Pattern.compile("^(?:#{1,6}\\s*|\\*{1,2}|>\\s*)+");
  private static final Pattern NUMBERED =
      Pattern.compile(
          "^(?:(\\d{1,3})\\s*[.．、]|[（(](\\d{1,3})[）)]|([一二三四五六七八九十]{1,3})\\s*[、.．])\\s*(.+)$");
  private static final Pattern TOC_LEADER =
      Pattern.compile("(?:\\.{3,}|…{2,}|·{3,}|-{4,})\\s*\\d*\\s*$");
  private static final Pattern TRAILING_EMPHASIS = Pattern.compile("\\*{1,2}$");
  private static final int MAX_TITLE_LENGTH = 300;

  @Override
  public boolean accepts(SourceText text) {
    for (int n : text.linesWith('一')) {
      String line = text.line(n);
      if (line.indexOf('\t') >= 0 && TabIndicatorTable.isHeader(TabRow.of(0, line))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Project> read(SourceText text, Problems problems) {
    List<Title> titles = titles(text, problems);
    List<Project> projects = new ArrayList<>();
    for (int k = 0; k < titles.size(); k++) {
      Title title = titles.get(k);
      int end = k + 1 < titles.size() ? titles.get(k + 1).line() - 1 : text.size();
      Project p = new TabTable(text, title, end, problems).read();
      if (p != null) {
        projects.add(p);
      }
    }
    return projects;
  }

  /** The table titles in document order; gaps in the numbering are reported. */
  private List<Title> titles(SourceText text, Problems problems) {
    List<Title> titles = new ArrayList<>();
    for (int n = 1; n <= text.size(); n++) {
      String line = text.line(n);
      if (line.indexOf('\t') >= 0 || line.length() > MAX_TITLE_LENGTH) {
        continue;
      }
      if (line.indexOf('表') < 0 || line.indexOf('绩') < 0) {
        continue; // the label comes from the line: it cannot end with 绩效目标表
      }
      String s = HEADING_MARKUP.matcher(line.strip()).replaceFirst("");
      s = TRAILING_EMPHASIS.matcher(s).replaceAll("").strip();
      String label = TabRow.label(s);
      if (!label.endsWith("绩效目标表")
          || TOC_LEADER.matcher(s).find()
          || label.contains("部门整体")
          || label.startsWith("第")) {
        continue;
      }
      Matcher m = NUMBERED.matcher(s);
      if (m.matches()) {
        titles.add(new Title(n, number(m), Cells.text(m.group(4))));
      } else if (tableFollows(text, n)) {
        titles.add(new Title(n, -1, Cells.text(s)));
      }
    }
    List<Title> out = new ArrayList<>(titles.size());
    int previous = 0;
    for (Title t : titles) {
      Title title = t;
      if (t.seq() < 0) {
        title = new Title(t.line(), previous + 1, t.title());
        problems.warning(
            "IMP-TITLE-UNNUMBERED",
            t.line(),
            title.seq(),
            "标题",
            "表格标题前没有序号，按上一张表的序号加一记为 " + title.seq());
      } else if (t.seq() != previous + 1) {
        problems.warning(
            "IMP-SEQ-GAP",
            t.line(),
            t.seq(),
            "标题",
            "表格序号不连续：上一张表是 " + previous + "，这一张是 " + t.seq() + "；请确认没有缺表");
      }
      out.add(title);
      previous = title.seq();
    }
    return out;
  }

  private static int number(Matcher m) {
    if (m.group(1) != null) {
      return Integer.parseInt(m.group(1));
    }
    if (m.group(2) != null) {
      return Integer.parseInt(m.group(2));
    }
    return Goals.chineseValue(m.group(3));
  }

  /** True when tab rows follow line {@code n} before the next title-like or prose paragraph. */
  private static boolean tableFollows(SourceText text, int n) {
    for (int k = n + 1; k <= text.size(); k++) {
      String line = text.line(k);
      if (line.isBlank()) {
        continue;
      }
      return line.indexOf('\t') >= 0 || TabTableHead.isUnitOrAmount(line);
    }
    return false;
  }
}
