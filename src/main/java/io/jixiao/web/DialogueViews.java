package io.jixiao.web;

import io.jixiao.workflow.Dialogue;
import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectSummary;
import io.jixiao.workflow.ProjectWorkflows;
import io.jixiao.workflow.Transition;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** The dialogue on a table's review as a page shows it to one viewer. */
@Component
class DialogueViews {

  /**
   * The answers and comments of a table, who may write which, and the latest 退回意见 while it is
   * 已退回.
   */
  record View(
      long id,
      List<Dialogue.Answer> answers,
      Map<Integer, Dialogue.Comment> comments,
      boolean canAnswer,
      boolean canComment,
      String returnComment,
      String returnedBy) {

    /** The 说明 on the finding of {@code rule} at {@code row} and {@code field}; null when none. */
    public String answer(String rule, Integer row, String field) {
      return answers.stream().filter(a -> a.answers(rule, row, field)).map(Dialogue.Answer::text)
          .findFirst().orElse(null);
    }

    /** The reviewer's 审核意见 on indicator row {@code row}; null when none. */
    public String comment(int row) {
      Dialogue.Comment c = comments.get(row);
      return c == null ? null : c.text();
    }
  }

  private final Dialogue dialogue;
  private final ProjectWorkflows targets;

  DialogueViews(Dialogue dialogue, ProjectWorkflows targets) {
    this.dialogue = dialogue;
    this.targets = targets;
  }

  /** The view for {@code viewer}; null for those who may not read the department's drafts. */
  View view(ProjectSummary t, Account viewer) {
    if (!Access.canRead(viewer, t.department(), ProjectState.DRAFT)) {
      return null;
    }
    Map<Integer, Dialogue.Comment> comments = new TreeMap<>();
    for (Dialogue.Comment c : dialogue.comments(t.id())) {
      comments.put(c.row(), c);
    }
    Transition returned = null;
    if (t.state() == ProjectState.RETURNED) {
      for (Transition h : targets.history(t.id())) {
        if (h.to() == ProjectState.RETURNED) {
          returned = h;
        }
      }
    }
    return new View(
        t.id(),
        dialogue.answers(t.id()),
        comments,
        Access.canChange(viewer, t.department()) && t.state() != ProjectState.PUBLISHED,
        canComment(viewer, t),
        returned == null ? null : returned.note(),
        returned == null ? null : returned.actor());
  }

  /** 审核意见: a reviewer, on a submitted table. */
  static boolean canComment(Account viewer, ProjectSummary t) {
    return Access.canReview(viewer) && Objects.equals(t.state(), ProjectState.SUBMITTED);
  }
}
