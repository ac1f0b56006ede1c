package io.jixiao.review;

import io.jixiao.model.Project;
import io.jixiao.model.ProjectCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the table of last year that a table continues (a recurring project): the one with the same
 * 项目编码, else the one whose name is the same without years and spaces ({@code 2023 年数字规划运行费}
 * continues {@code 2022年数字规划运行费}). The name is the fallback also when both tables print a
 * code: a code carries the year the project entered the project library ({@code 13080023P…}), and
 * a project declared anew gets a new one. The first of several candidates wins.
 */
final class Recurring<T> {

  private final Map<String, T> byCode = new HashMap<>();
  private final Map<String, T> byName = new HashMap<>();

  Recurring(List<T> lastYear, Function<T, ProjectCode> code, Function<T, String> nameKey) {
    for (T t : lastYear) {
      ProjectCode c = code.apply(t);
      if (c != null) {
        byCode.putIfAbsent(c.value(), t);
      }
      String key = nameKey.apply(t);
      if (!key.isEmpty()) {
        byName.putIfAbsent(key, t);
      }
    }
  }

  static Recurring<TableContext> tables(List<TableContext> lastYear) {
    return new Recurring<>(lastYear, t -> t.project().code(), TableContext::nameKey);
  }

  static Recurring<PriorOutcome> outcomes(List<PriorOutcome> lastYear) {
    return new Recurring<>(lastYear, PriorOutcome::code, o -> nameKey(o.name()));
  }

  /** Last year's item the table with this code (may be null) and name key continues, or null. */
  T find(ProjectCode code, String nameKey) {
    T found = code == null ? null : byCode.get(code.value());
    if (found == null && !nameKey.isEmpty()) {
      found = byName.get(nameKey);
    }
    return found;
  }

  /** A project's name squashed and without years. */
  static String nameKey(String displayName) {
    return Text.withoutYears(Text.squash(displayName));
  }

  static String nameKey(Project p) {
    return nameKey(TableContext.displayName(p));
  }
}
