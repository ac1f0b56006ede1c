package io.jixiao.web;

import io.jixiao.model.Money;
import io.jixiao.monitor.Actuals;
import io.jixiao.monitor.ActualsScope;
import io.jixiao.monitor.ProjectActuals;
import java.time.YearMonth;
import java.util.Collections;
import java.util.SortedMap;
import io.jixiao.monitor.ProjectKey;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ProjectWorkflow tables as actuals (执行数据) see them: each table under the key the actuals files use (the
 * document's source and the table's printed seq) with its project, the documents the tables are
 * in, and the scope that lets lines of actuals be about these tables only, and only once they are
 * approved or published: monitoring starts after approval.
 *
 * @param department the department the tables are of, named in messages; null when unknown
 */
record ActualsTables(
    String department, Map<ProjectKey, Table> byKey, List<TargetDocument> documents) {

  /** A table and its content. */
  record Table(ProjectSummary summary, Project project) {
    ProjectKey key() {
      return new ProjectKey(summary.source(), project.seq());
    }
  }

  /** True in the states in which the department enters actuals: 已批复, 已公开. */
  static boolean monitored(ProjectState state) {
    return state.openForActuals();
  }

  /** Why actuals cannot be entered for a table in {@code state}; null when they can. */
  static String closed(ProjectState state) {
    return state.actualsRefusal();
  }

  /** The tables {@code tables} with their content as {@code catalog} shows it. */
  static ActualsTables of(String department, List<ProjectSummary> tables, Catalog catalog) {
    Map<ProjectKey, Table> byKey = new LinkedHashMap<>();
    Map<String, ProjectSummary> newest = new LinkedHashMap<>();
    for (ProjectSummary t : tables) {
      Table table = new Table(t, catalog.project(t));
      byKey.put(table.key(), table);
      newest.merge(t.source(), t, (a, b) -> a.docVersion() >= b.docVersion() ? a : b);
    }
    List<TargetDocument> documents = new ArrayList<>();
    for (ProjectSummary t : newest.values()) {
      documents.add(catalog.document(t));
    }
    return new ActualsTables(department, Map.copyOf(byKey), List.copyOf(documents));
  }

  Table table(ProjectKey key) {
    return byKey.get(key);
  }

  /** The table of workflow row {@code t}. */
  Table table(ProjectSummary t) {
    return byKey.values().stream()
        .filter(x -> x.summary().id() == t.id())
        .findFirst()
        .orElseThrow(() -> WebException.notFound("未找到编号为 " + t.id() + " 的项目"));
  }

  /**
   * Lines may be about the tables here that are approved or published, for a month of the table's
   * budget year; a document that is not here is not the department's.
   */
  ActualsScope scope() {
    return scope(Actuals.NONE);
  }

  /** {@link #scope()}, with the spending stored already in {@code stored}. */
  ActualsScope scope(Actuals stored) {
    return new ActualsScope() {
      @Override
      public SortedMap<YearMonth, Money> storedSpending(ProjectKey key) {
        return stored.of(key.source(), key.seq())
            .map(ProjectActuals::spent)
            .orElse(Collections.emptySortedMap());
      }

      @Override
      public String refusal(TargetDocument document, Project project) {
        Table t = byKey.get(new ProjectKey(document.source(), project.seq()));
        if (t == null) {
          return "表 " + project.seq() + "（" + project.displayName() + "）不在可填报的项目之内";
        }
        String closed = closed(t.summary().state());
        return closed == null
            ? null
            : "表 " + project.seq() + "（" + project.displayName() + "）" + closed;
      }

      @Override
      public String unknownSource(String source) {
        return "“" + source + "”不是" + (department == null ? "本部门" : "本部门（" + department + "）")
            + "的绩效文本：只能填报本部门项目的执行数据";
      }

      /** A month of another year would move the monitoring pages' default month. */
      @Override
      public boolean budgetYearOnly() {
        return true;
      }
    };
  }

  /** The documents with only their approved and published tables: what the template offers. */
  List<TargetDocument> monitoredDocuments() {
    List<TargetDocument> monitored = new ArrayList<>();
    for (TargetDocument d : documents) {
      List<Project> open =
          d.projects().stream()
              .filter(
                  p -> {
                    Table t = byKey.get(new ProjectKey(d.source(), p.seq()));
                    return t != null && monitored(t.summary().state());
                  })
              .toList();
      if (!open.isEmpty()) {
        monitored.add(new TargetDocument(d.source(), d.department(), d.overall(), open));
      }
    }
    return monitored;
  }
}
