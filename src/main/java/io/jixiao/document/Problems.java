package io.jixiao.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the problems of one file while it is read, instead of stopping at the first one. */
final class Problems {

  private final String file;
  private final List<ImportProblem> list = new ArrayList<>();

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

  boolean hasErrors() {
    return list.stream().anyMatch(ImportProblem::isError);
  }

  List<ImportProblem> all() {
    return Collections.unmodifiableList(list);
  }
}
