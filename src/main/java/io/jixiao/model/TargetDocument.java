package io.jixiao.model;

import java.util.List;
import java.util.Objects;

/**
 * One imported source document: the department, Part 1 when present, and the target tables.
 *
 * @param source the file name of the imported document
 */
public record TargetDocument(
    String source, Department department, DepartmentGoals overall, List<Project> projects) {

  public TargetDocument {
    Objects.requireNonNull(source, "source");
    projects = List.copyOf(projects);
  }

  /** The budget year the department's document is for, null when it names none. */
  public Integer budgetYear() {
    return department == null ? null : department.year();
  }

  public int indicatorCount() {
    return projects.stream().mapToInt(p -> p.indicators().size()).sum();
  }
}
