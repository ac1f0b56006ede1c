package io.jixiao.web;

import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectSummary;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** The filter of project lists: department, state, and a search in name, code and source. */
record TargetFilter(String department, ProjectState state, String query) {

  /** A filter from request parameters; blank or unknown values filter nothing. */
  static TargetFilter of(String department, String state, String query) {
    ProjectState s = null;
    if (state != null && !state.isBlank()) {
      for (ProjectState x : ProjectState.values()) {
        if (x.name().equalsIgnoreCase(state.strip()) || x.label().equals(state.strip())) {
          s = x;
        }
      }
    }
    return new TargetFilter(blank(department), s, blank(query));
  }

  List<ProjectSummary> apply(List<ProjectSummary> all) {
    Predicate<ProjectSummary> p = t -> true;
    if (department != null) {
      p = p.and(t -> department.equals(t.department()));
    }
    if (state != null) {
      p = p.and(t -> t.state() == state);
    }
    if (query != null) {
      String q = query.toLowerCase(Locale.ROOT);
      p = p.and(t -> contains(t.projectName(), q) || contains(t.projectCode(), q)
          || contains(t.source(), q));
    }
    return all.stream().filter(p).toList();
  }

  private static boolean contains(String s, String q) {
    return s != null && s.toLowerCase(Locale.ROOT).contains(q);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
