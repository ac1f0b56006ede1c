package io.jixiao.document;

import io.jixiao.model.Department;
import io.jixiao.model.DepartmentGoals;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what stands before the tables: the department and budget year from the cover or title, and
 * Part 1, 部门整体绩效目标 (summary, sub-goals, measures), in markdown or plain headings.
 *
 * <p>Neither is required: a document without a cover or without Part 1 gives null. Nothing here
 * stops an import; what cannot be read becomes a warning.
 */
final class FrontMatterReader {

  static final String FIELD = "部门整体绩效目标";

  /** The department named on the cover or in the title, or null when the document names none. */
  Department department(SourceText text, Problems problems) {
    try {
      return CoverTitle.find(text.paragraphs());
    } catch (RuntimeException e) {
      problems.warning("IMP-COVER", 0, null, "部门", "无法读取封面上的部门名称和年度：" + e.getMessage());
      return null;
    }
  }

  /** Part 1, or null when the document has none. */
  DepartmentGoals overall(SourceText text, Problems problems) {
    try {
      return read(text, problems);
    } catch (RuntimeException e) {
      problems.warning("IMP-PART1", 0, null, FIELD, "无法读取第一部分“部门整体绩效目标”：" + e.getMessage());
      return null;
    }
  }

  private static DepartmentGoals read(SourceText source, Problems problems) {
    // One pass over the lines finds both kinds of heading. A paragraph's text depends on its line
    // alone, and both kinds (整体…绩效目标, 总体目标) have 体, 目 and 标, which its line keeps: only
    // such lines are read as paragraphs here, and the paragraphs are read on only from a heading.
    List<Integer> headingLines = new ArrayList<>();
    List<Integer> summaryLines = new ArrayList<>();
    for (int n : source.linesWith('体')) {
      String line = source.line(n);
      if (line.indexOf('目') < 0 || line.indexOf('标') < 0) {
        continue;
      }
      String t = Paragraphs.textOf(source, n);
      if (t == null) {
        continue;
      }
      if (PartOne.isHeading(t)) {
        headingLines.add(n);
      } else if (headingLines.isEmpty() && PartOne.isSummaryHeading(t)) {
        summaryLines.add(n);
      }
    }
    if (headingLines.isEmpty() && summaryLines.isEmpty()) {
      return null;
    }
    Paragraphs text = source.paragraphs();
    List<Integer> headings = indexes(text, headingLines);
    List<Integer> summaryHeadings = indexes(text, summaryLines);
    if (headings.isEmpty()) {
      // Without a 部门整体绩效目标 heading, Part 1 may still open with 一、总体绩效目标; accept it only
      // when sub-goals follow, since a lone 总体目标 line can stand anywhere.
      for (int i : summaryHeadings) {
        PartOne.Result r = PartOne.read(text, i);
        if (r.hasSubGoals()) {
          return report(r, problems);
        }
      }
      return null;
    }
    // The first heading may be an entry of the table of contents: take the first that has content.
    PartOne.Result withContent = null;
    for (int i : headings) {
      PartOne.Result r = PartOne.read(text, i);
      if (r.hasSubGoals()) {
        return report(r, problems);
      }
      if (withContent == null && r.goals() != null) {
        withContent = r;
      }
    }
    if (withContent != null) {
      return report(withContent, problems);
    }
    int line = text.get(headings.get(0)).line();
    problems.warning("IMP-PART1-EMPTY", line, null, FIELD, "有“部门整体绩效目标”标题，但其后未读到总体目标、分项目标或保障措施");
    return null;
  }

  /** The indexes of the paragraphs on {@code lines}. */
  private static List<Integer> indexes(Paragraphs text, List<Integer> lines) {
    List<Integer> indexes = new ArrayList<>(lines.size());
    for (int n : lines) {
      indexes.add(text.indexOfLine(n));
    }
    return indexes;
  }

  private static DepartmentGoals report(PartOne.Result r, Problems problems) {
    if (r.goals().subGoals().isEmpty()) {
      problems.warning(
          "IMP-PART1-NO-SUBGOALS",
          r.subGoalsLine(),
          null,
          FIELD,
          "第一部分“部门整体绩效目标”中未读到分项绩效目标：应为带编号的分项标题，其后是“绩效目标：”和“绩效指标：”");
    }
    for (PartOne.Located s : r.withoutIndicators()) {
      problems.warning(
          "IMP-SUBGOAL-NO-INDICATORS",
          s.line(),
          null,
          "分项绩效目标",
          "分项绩效目标“" + s.title() + "”没有读到绩效指标（缺少“绩效指标：”或其后为空）");
    }
    return r.goals();
  }
}
