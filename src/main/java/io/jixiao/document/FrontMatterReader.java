package io.jixiao.document;

import io.jixiao.document.Paragraphs.Paragraph;
import io.jixiao.target.Department;
import io.jixiao.target.DepartmentGoals;
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
      return read(text.paragraphs(), problems);
    } catch (RuntimeException e) {
      problems.warning("IMP-PART1", 0, null, FIELD, "无法读取第一部分“部门整体绩效目标”：" + e.getMessage());
      return null;
    }
  }

  private static DepartmentGoals read(Paragraphs text, Problems problems) {
    // One pass over the paragraphs finds both kinds of heading.
    List<Integer> headings = new ArrayList<>();
    List<Integer> summaryHeadings = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      Paragraph p = text.get(i);
      if (PartOne.isHeading(p)) {
        headings.add(i);
      } else if (headings.isEmpty() && PartOne.isSummaryHeading(p)) {
        summaryHeadings.add(i);
      }
    }
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
