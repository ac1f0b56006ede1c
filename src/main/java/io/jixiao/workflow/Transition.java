package io.jixiao.workflow;

import java.time.Instant;
import java.util.Objects;

/**
 * One workflow step of a target table: from which state to which, who took it, when, and why.
 *
 * @param note the reviewer's comment when returned, else null
 */
public record Transition(ProjectState from, ProjectState to, String actor, Instant at, String note) {

  public Transition {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
  }
}
