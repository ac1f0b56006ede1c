package io.jixiao.review;

import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import java.util.List;
import java.util.stream.Collectors;

/** Runs the default engine in tests and picks one rule's findings. */
final class Reviews {

  static final ReviewEngine ENGINE = new ReviewEngine();

  private Reviews() {}

  static List<Finding> findings(RuleId rule, TargetDocument document) {
    return ENGINE.review(document).allFindings().stream()
        .filter(f -> f.rule() == rule)
        .collect(Collectors.toList());
  }

  /** The rule's findings on one 承德 (001) table, budget year 2023. */
  static List<Finding> chengde(RuleId rule, Tables.Builder table) {
    return findings(rule, Tables.chengde(table.build()));
  }

  static List<Finding> tianjinPlanning(RuleId rule, Tables.Builder table) {
    return findings(rule, Tables.tianjinPlanning(table.build()));
  }

  static List<Finding> tianjinEcology(RuleId rule, Tables.Builder table) {
    return findings(rule, Tables.tianjinEcology(table.build()));
  }

  static List<Finding> shijiazhuang(RuleId rule, Tables.Builder table) {
    return findings(rule, Tables.shijiazhuang(table.build()));
  }

  static TableReview table(TargetDocument document, int index) {
    return ENGINE.review(document).tables().get(index);
  }

  static Project[] build(Tables.Builder... builders) {
    Project[] projects = new Project[builders.length];
    for (int i = 0; i < builders.length; i++) {
      projects[i] = builders[i].build();
    }
    return projects;
  }
}
