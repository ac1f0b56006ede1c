package io.jixiao.document;

import io.jixiao.model.Indicator;
import io.jixiao.model.Project;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the lines of one layout-B target table, from the line after its title to the line before
 * the next title: the header block ({@link TabTableHead}), then the indicator table ({@link
 * TabIndicatorTable}), which may be split over pages with a repeated header. What follows the
 * indicator table up to the next title is not part of it and is reported as skipped.
 */
final class TabTable {

  /** Page furniture between the rows of a table split over pages: rules and page numbers. */
  private static final Pattern PAGE_NOISE =
      Pattern.compile("^(?:-{3,}|\\*{3,}|_{3,}|[-—–\\s]*\\d{1,4}[-—–\\s]*|第\\s*\\d+\\s*页.*)$");

  private enum State {
    HEAD,
    INDICATORS,
    AFTER
  }

  private final SourceText text;
  private final TabRowReader.Title title;
  private final int end;
  private final Problems problems;
  private final TabTableHead head;
  private final TabIndicatorTable indicators;

  private State state = State.HEAD;
  private boolean pageBreak;
  private boolean pageBreakReported;
  private int skippedFrom;
  private int skippedTo;
  private int skippedLines;

  /**
   * @param end the last line (inclusive) that may belong to this table
   */
  TabTable(SourceText text, TabRowReader.Title title, int end, Problems problems) {
    this.text = text;
    this.title = title;
    this.end = end;
    this.problems = problems;
    this.head = new TabTableHead(title.seq(), problems);
    this.indicators = new TabIndicatorTable(title.seq(), problems);
  }

  /** The table, or null when it has no readable indicator table (reported as an error). */
  Project read() {
    for (int n = title.line() + 1; n <= end; n++) {
      String line = text.line(n);
      boolean tabs = line.indexOf('\t') >= 0;
      if (!tabs && (line.isBlank() || PAGE_NOISE.matcher(line.strip()).matches())) {
        pageBreak = state == State.INDICATORS;
        continue;
      }
      if (!tabs) {
        plain(n, line);
      } else {
        row(TabRow.of(n, line));
      }
    }
    reportSkipped();
    if (state == State.HEAD) {
      problems.error(
          "IMP-TABLE-TRUNCATED",
          title.line(),
          title.seq(),
          "指标表",
          "表 "
              + title.seq()
              + "“"
              + title.title()
              + "”没有指标表（到第 "
              + end
              + " 行也没有“一级指标/二级指标/三级指标/指标值”表头），文本可能被截断");
      return null;
    }
    if (!indicators.valid()) {
      return null;
    }
    List<Indicator> list = indicators.indicators();
    if (list.isEmpty()) {
      problems.error(
          "IMP-TABLE-NO-INDICATORS",
          title.line(),
          title.seq(),
          "指标表",
          "表 " + title.seq() + "“" + title.title() + "”的指标表只有表头、没有指标行，文本可能被截断");
      return null;
    }
    head.reportAmountUnit(title.line());
    return Project.of(
        title.seq(),
        title.title(),
        head.unit(),
        head.code(),
        head.name(),
        head.budget(),
        head.fundUse(),
        head.spendingPlan(),
        head.goals(),
        list);
  }

  private void plain(int n, String line) {
    if (state == State.HEAD) {
      if (!head.line(n, line)) {
        problems.warning(
            "IMP-SKIPPED-LINE", n, title.seq(), null, "表头部分的文字不是表格的一部分，未导入：" + Cells.text(line));
      }
      return;
    }
    state = State.AFTER;
    skipped(n);
  }

  private void row(TabRow row) {
    if (row.empty() && state != State.HEAD) {
      // a row of blank cells carries nothing; in the header block it may be a blank plan row
      return;
    }
    switch (state) {
      case HEAD:
        if (TabIndicatorTable.isHeader(row)) {
          indicators.header(row);
          state = State.INDICATORS;
        } else {
          head.row(row);
        }
        return;
      case INDICATORS:
        if (TabIndicatorTable.isHeader(row)) {
          indicators.repeatedHeader(row);
          pageBreak = false;
          return;
        }
        if (pageBreak) {
          pageBreak = false;
          if (!looksLikeIndicatorRow(row)) {
            state = State.AFTER;
            skipped(row.line());
            return;
          }
          if (!pageBreakReported) {
            pageBreakReported = true;
            problems.warning(
                "IMP-PAGE-BREAK-NO-HEADER",
                row.line(),
                title.seq(),
                null,
                "指标表在空行后继续，但没有重复表头；按同一张表继续读取，请核对跨页的行");
          }
        }
        indicators.row(row);
        return;
      default:
        skipped(row.line());
    }
  }

  /** After a page break without a repeated header: a row that can only be an indicator row. */
  private static boolean looksLikeIndicatorRow(TabRow row) {
    String first = row.label(0);
    return first.isEmpty() || io.jixiao.model.Level1.of(first) != null;
  }

  private void skipped(int n) {
    if (skippedLines == 0) {
      skippedFrom = n;
    }
    skippedTo = n;
    skippedLines++;
  }

  private void reportSkipped() {
    if (skippedLines == 0) {
      return;
    }
    problems.warning(
        "IMP-SKIPPED-TEXT",
        skippedFrom,
        title.seq(),
        null,
        "表 "
            + title.seq()
            + " 之后第 "
            + skippedFrom
            + "–"
            + skippedTo
            + " 行的 "
            + skippedLines
            + " 行文字不属于任何绩效目标表，未作为绩效目标导入："
            + abbreviate(Cells.text(text.line(skippedFrom))));
  }

  private static String abbreviate(String s) {
    if (s == null) {
      return "";
    }
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
