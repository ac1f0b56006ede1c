package io.jixiao.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One change: who made it, when, what kind of change, on what, and the old and new value of the
 * field that changed (null when the change has no single field, e.g. an import).
 *
 * @param action a stable code: {@code EDIT}, {@code SUBMIT}, {@code RETURN}, {@code APPROVE},
 *     {@code PUBLISH}, {@code IMPORT}, {@code ACTUALS} (actuals entered in a form or the API),
 *     {@code ACTUALS_IMPORT} (actuals uploaded as a file), {@code USER_CREATE}, {@code
 *     USER_UPDATE}, {@code LOCKOUT}
 * @param actor the user name, or {@code 命令行:<operating-system user>} for what the command line
 *     stored ({@code import}, {@code actuals-import})
 * @param subject what was changed, for people: {@code 项目 #12 城乡义务教育…}
 * @param targetId the target table concerned, null for other subjects
 */
public record AuditEntry(
    long id,
    Instant at,
    String actor,
    String action,
    String subject,
    Long targetId,
    String field,
    String oldValue,
    String newValue) {

  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
  }

  /** A new entry, before it is stored (id 0). */
  public static AuditEntry of(
      Instant at,
      String actor,
      String action,
      String subject,
      Long targetId,
      String field,
      String oldValue,
      String newValue) {
    return new AuditEntry(0, at, actor, action, subject, targetId, field, oldValue, newValue);
  }
}
