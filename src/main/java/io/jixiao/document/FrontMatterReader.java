package io.jixiao.document;

import io.jixiao.target.Department;
import io.jixiao.target.DepartmentGoals;

/**
 * Reads what stands before the tables: the department and budget year from the cover or title, and
 * Part 1, 部门整体绩效目标 (summary, sub-goals, measures), in markdown or plain headings.
 */
final class FrontMatterReader {

  /** The department named on the cover or in the title, or null when the document names none. */
  Department department(SourceText text, Problems problems) {
    return null;
  }

  /** Part 1, or null when the document has none. */
  DepartmentGoals overall(SourceText text, Problems problems) {
    return null;
  }
}
