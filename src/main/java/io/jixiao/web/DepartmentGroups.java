package io.jixiao.web;

import io.jixiao.store.MonitoredDepartments;
import io.jixiao.store.TargetQueries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The departments that monitoring and self-evaluation cover, counted in SQL
 * ({@link MonitoredDepartments}) and read again only when the workflow rows, the stored documents
 * or the actuals moved (their stamps: three index lookups a request): which
 * departments a viewer may monitor in a budget year, their years, the tables not approved yet, and
 * a fingerprint per department that changes with its rows and its actuals.
 */
@Component
class DepartmentGroups {

  /** One department of a budget year: its name as shown, its monitored tables and fingerprint. */
  record Department(String name, String stored, long tables, String fingerprint) {}

  /** What a viewer may monitor in one year. */
  record Selection(List<Department> departments, int pending, YearSelection years) {}

  private record Snapshot(
      List<MonitoredDepartments.Group> groups, Map<String, Long> actuals, String stamp) {}

  private final MonitoredDepartments queries;
  private final TargetQueries targets;
  private volatile Snapshot snapshot;

  DepartmentGroups(MonitoredDepartments queries, TargetQueries targets) {
    this.queries = queries;
    this.targets = targets;
  }

  /**
   * The departments {@code viewer} may monitor in budget year {@code year} (a request parameter;
   * blank: the newest of the years the viewer's monitored tables name), by name; tables naming no
   * year count in every year.
   */
  Selection of(Account viewer, String year) {
    Snapshot s = snapshot();
    List<Integer> years = new ArrayList<>();
    int pending = 0;
    for (MonitoredDepartments.Group g : s.groups()) {
      if (!Access.canReadActuals(viewer, g.department())) {
        continue;
      }
      if (!g.monitored()) {
        pending += (int) g.tables();
      } else if (g.year() != null && !years.contains(g.year())) {
        years.add(g.year());
      }
    }
    years.sort(Comparator.reverseOrder());
    YearSelection selection = YearSelection.ofYears(years, year);
    Integer shown = selection.year();
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, StringBuilder> prints = new HashMap<>();
    Map<String, String> stored = new HashMap<>();
    for (MonitoredDepartments.Group g : s.groups()) {
      if (!g.monitored() || !Access.canReadActuals(viewer, g.department())) {
        continue;
      }
      if (g.year() != null && shown != null && !shown.equals(g.year())) {
        continue;
      }
      String name = g.department() == null ? MonitoredTables.NO_DEPARTMENT : g.department();
      stored.put(name, g.department());
      counts.computeIfAbsent(name, k -> new long[1])[0] += g.tables();
      prints.computeIfAbsent(name, k -> new StringBuilder())
          .append(g.year()).append(':').append(g.fingerprint()).append(';');
    }
    List<Department> departments = new ArrayList<>();
    counts.forEach(
        (name, n) ->
            departments.add(
                new Department(
                    name,
                    stored.get(name),
                    n[0],
                    prints.get(name) + "a" + s.actuals().getOrDefault(stored.get(name), 0L))));
    return new Selection(departments, pending, selection);
  }

  /**
   * The groups as stored now: read again when a stamp moved (two index lookups a request, outside
   * the lock; only a reader that finds them moved waits for the others).
   */
  private Snapshot snapshot() {
    String stamp = targets.stamp() + "/" + queries.actualsStamp();
    Snapshot s = snapshot;
    if (s != null && Objects.equals(s.stamp(), stamp)) {
      return s;
    }
    synchronized (this) {
      s = snapshot;
      if (s == null || !Objects.equals(s.stamp(), stamp)) {
        Map<String, Long> actuals = new HashMap<>();
        queries.actuals().forEach(a -> actuals.put(a.department(), a.lastImport()));
        s = new Snapshot(queries.groups(), actuals, stamp);
        snapshot = s;
      }
      return s;
    }
  }
}
