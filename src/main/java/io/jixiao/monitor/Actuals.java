package io.jixiao.monitor;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The actuals of many tables, as read from one actuals file or from the database. */
public record Actuals(SortedMap<ProjectKey, ProjectActuals> projects) {

  public static final Actuals NONE = new Actuals(new TreeMap<>());

  public Actuals {
    projects = Collections.unmodifiableSortedMap(new TreeMap<>(projects));
  }

  public Optional<ProjectActuals> of(String source, int seq) {
    return Optional.ofNullable(projects.get(new ProjectKey(source, seq)));
  }

  public static Actuals of(Map<ProjectKey, ProjectActuals> projects) {
    return new Actuals(new TreeMap<>(projects));
  }
}
