package io.jixiao.workflow;

import java.util.Objects;

/**
 * Who takes a step, as the use cases see it: the user name written to the history and the audit
 * log, and the department the user works for. A department editor's uploads belong to that
 * department, whatever the file says; {@code department} is null for callers bound to none (the
 * command line's operator, an administrator, the system).
 */
public record Actor(String name, String department) {

  /** What the application does by itself (catching up rows of an older build, the demo). */
  public static final Actor SYSTEM = new Actor("system", null);

  public Actor {
    Objects.requireNonNull(name, "name");
  }
}
