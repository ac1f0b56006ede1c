package io.jixiao.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One event of the audit trail: who, when, from which address, what kind of event, on what, with
 * which outcome, and the old and new value of the field that changed (null when the event has no
 * single field, e.g. an import or a login).
 *
 * @param action a stable code: {@code EDIT}, {@code SUBMIT}, {@code RETURN}, {@code APPROVE},
 *     {@code PUBLISH}, {@code IMPORT}, {@code ACTUALS} (actuals entered in a form or the API),
 *     {@code ACTUALS_IMPORT} (actuals uploaded as a file), {@code USER_CREATE}, {@code
 *     USER_UPDATE}, {@code LOCKOUT}, {@code LOGIN}, {@code LOGIN_FAILED}, {@code LOGOUT}, {@code
 *     PASSWORD_CHANGE}, {@code ACCESS_DENIED}, {@code CSRF_DENIED}, {@code SETTING}, {@code
 *     AUDIT_EXPORT}, {@code AUDIT_VERIFY}
 * @param actor the user name (for a failed login: the name that was tried), or {@code
 *     命令行:<operating-system user>} for what the command line stored
 * @param subject what was changed, for people: {@code 项目 #12 城乡义务教育…}
 * @param targetId the target table concerned, null for other subjects
 * @param sourceIp the client's address, null when not known (the command line); {@link AuditLog}
 *     fills it in from {@link AuditSource} when the entry has none
 * @param outcome {@link #SUCCESS}, {@link #FAILURE} or {@link #DENIED}
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
    String newValue,
    String sourceIp,
    String outcome) {

  /** The event happened: a change stored, a login accepted. */
  public static final String SUCCESS = "SUCCESS";
  /** The event was attempted and failed: a wrong password. */
  public static final String FAILURE = "FAILURE";
  /** The event was refused by an access rule: 403, a hidden table, a missing CSRF token. */
  public static final String DENIED = "DENIED";

  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    outcome = outcome == null ? SUCCESS : outcome;
  }

  /** A new successful change, before it is stored (id 0), from the current {@link AuditSource}. */
  public static AuditEntry of(
      Instant at,
      String actor,
      String action,
      String subject,
      Long targetId,
      String field,
      String oldValue,
      String newValue) {
    return new AuditEntry(
        0, at, actor, action, subject, targetId, field, oldValue, newValue, null, SUCCESS);
  }

  /** This entry with {@code outcome}. */
  public AuditEntry withOutcome(String outcome) {
    return new AuditEntry(
        id, at, actor, action, subject, targetId, field, oldValue, newValue, sourceIp, outcome);
  }

  /** This entry from {@code address}. */
  public AuditEntry withSourceIp(String address) {
    return new AuditEntry(
        id, at, actor, action, subject, targetId, field, oldValue, newValue, address, outcome);
  }
}
