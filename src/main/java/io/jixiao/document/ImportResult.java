package io.jixiao.document;

import io.jixiao.model.TargetDocument;
import java.util.List;

/**
 * The outcome of reading one file: the document (null when an error made it unreadable) and every
 * problem found, with its location.
 */
public record ImportResult(TargetDocument document, List<ImportProblem> problems) {

  public ImportResult {
    problems = List.copyOf(problems);
    if (document == null && problems.stream().noneMatch(ImportProblem::isError)) {
      throw new IllegalArgumentException("a result without a document must say why");
    }
  }

  /** True when the document was read and may be stored: no problem is an error. */
  public boolean ok() {
    return document != null && problems.stream().noneMatch(ImportProblem::isError);
  }

  public List<ImportProblem> errors() {
    return problems.stream().filter(ImportProblem::isError).toList();
  }
}
