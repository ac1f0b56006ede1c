package io.jixiao.document;

import io.jixiao.model.FormKind;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * Which forms the reader recognised, for the user ({@code 识别为：项目绩效目标申报表 3 张}), and how
   * many cells it could not read. Null without a document, and for a classic export read in full (the
   * seeds' layouts, which need no saying).
   */
  public String recognised() {
    if (document == null
        || document.projects().stream()
            .allMatch(p -> p.facts().form() == null && p.facts().unparsed().isEmpty())) {
      return null;
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Project p : document.projects()) {
      FormKind kind = p.facts().form() == null ? FormKind.TARGET : p.facts().form();
      counts.merge(kind.label(), 1, Integer::sum);
    }
    StringBuilder b = new StringBuilder("识别为：");
    counts.forEach((label, n) -> b.append(b.length() > 4 ? "、" : "").append(label).append(' ')
        .append(n).append(" 张"));
    long unread = document.projects().stream().mapToLong(p -> p.facts().unparsed().size()).sum();
    if (unread > 0) {
      b.append("；").append(unread).append(" 个单元格未能读取（原文保留，见下方警告）");
    }
    return b.toString();
  }

  public List<ImportProblem> errors() {
    return problems.stream().filter(ImportProblem::isError).toList();
  }
}
