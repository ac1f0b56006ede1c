package io.jixiao.document;

import io.jixiao.model.Project;
import io.jixiao.model.UnparsedCell;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects the problems of one file while it is read, instead of stopping at the first one. */
final class Problems {

  private final String file;
  private final List<ImportProblem> list = new ArrayList<>();

  /** The cells of each table (by seq) that could not be read into their field. */
  private final Map<Integer, List<UnparsedCell>> unparsed = new HashMap<>();

  Problems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void error(String code, int line, Integer table, String field, String message) {
    list.add(
        new ImportProblem(ImportProblem.Severity.ERROR, code, file, line, table, field, message));
  }

  void warning(String code, int line, Integer table, String field, String message) {
    list.add(
        new ImportProblem(ImportProblem.Severity.WARNING, code, file, line, table, field, message));
  }

  /**
   * A cell that could not be read into its field: never refuses the document (docs/adr/0015). The
   * field stays blank, the printed text goes with the table as an {@link UnparsedCell}, and a
   * warning says where the cell is.
   */
  void unparsed(
      String code, int line, Integer table, String field, String printed, String message) {
    warning(code, line, table, field, message);
    if (table != null && printed != null) {
      unparsed.computeIfAbsent(table, k -> new ArrayList<>()).add(new UnparsedCell(field, printed));
    }
  }

  /** The projects with the cells of theirs that could not be read, in the order found. */
  List<Project> withUnparsed(List<Project> projects) {
    if (unparsed.isEmpty()) {
      return projects;
    }
    List<Project> out = new ArrayList<>(projects.size());
    for (Project p : projects) {
      List<UnparsedCell> cells = unparsed.get(p.seq());
      out.add(cells == null ? p : p.withFacts(p.facts().withUnparsed(cells)));
    }
    return out;
  }

  boolean hasErrors() {
    return list.stream().anyMatch(ImportProblem::isError);
  }

  List<ImportProblem> all() {
    return Collections.unmodifiableList(list);
  }
}
