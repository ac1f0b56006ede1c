package io.jixiao.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The users table, in plain SQL. */
@Component
class Users {

  private final JdbcClient jdbc;

  Users(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  Optional<Account> find(String username) {
    return jdbc.sql("SELECT * FROM app_user WHERE username = :u")
        .param("u", username)
        .query((rs, n) -> account(rs))
        .optional();
  }

  Optional<Account> find(long id) {
    return jdbc.sql("SELECT * FROM app_user WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> account(rs))
        .optional();
  }

  List<Account> all() {
    return jdbc.sql("SELECT * FROM app_user ORDER BY user_role, department NULLS FIRST, username")
        .query((rs, n) -> account(rs))
        .list();
  }

  /** The 姓名 of a login name, if the user exists and has one. */
  Optional<String> displayName(String username) {
    return jdbc.sql("SELECT display_name FROM app_user WHERE username = :u")
        .param("u", username)
        .query(String.class)
        .optional()
        .filter(n -> !n.isBlank());
  }

  long count() {
    return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
  }

  /** A new user whose password {@code mustChange} at the first login (set by an administrator). */
  long create(
      String username,
      String passwordHash,
      String displayName,
      Role role,
      String department,
      boolean mustChange,
      Instant now) {
    jdbc.sql(
            "INSERT INTO app_user (username, password_hash, display_name, user_role, department,"
                + " enabled, failed_attempts, password_changed_at, must_change_password)"
                + " VALUES (:u, :p, :d, :r, :dep, TRUE, 0, :at, :must)")
        .param("u", username)
        .param("p", passwordHash)
        .param("d", displayName)
        .param("r", role.name())
        .param("dep", department)
        .param("at", now.atOffset(ZoneOffset.UTC))
        .param("must", mustChange)
        .update();
    long id = find(username).orElseThrow().id();
    remember(id, passwordHash, now);
    return id;
  }

  /** The users holding {@code role}. */
  long count(Role role) {
    return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE user_role = :r")
        .param("r", role.name())
        .query(Long.class)
        .single();
  }

  void update(long id, String displayName, Role role, String department, boolean enabled) {
    jdbc.sql(
            "UPDATE app_user SET display_name = :d, user_role = :r, department = :dep,"
                + " enabled = :e WHERE id = :id")
        .param("d", displayName)
        .param("r", role.name())
        .param("dep", department)
        .param("e", enabled)
        .param("id", id)
        .update();
  }

  /**
   * Sets the password; {@code mustChange} when an administrator set it, so that the user chooses
   * a new one at the next login. The hash joins the user's password history.
   */
  void setPassword(long id, String passwordHash, boolean mustChange, Instant now) {
    jdbc.sql(
            "UPDATE app_user SET password_hash = :p, must_change_password = :must,"
                + " password_changed_at = :at WHERE id = :id")
        .param("p", passwordHash)
        .param("must", mustChange)
        .param("at", now.atOffset(ZoneOffset.UTC))
        .param("id", id)
        .update();
    remember(id, passwordHash, now);
  }

  /** The hashes of the user's last {@code n} passwords, the current one first. */
  List<String> recentPasswords(long id, int n) {
    return jdbc.sql(
            "SELECT password_hash FROM password_history WHERE user_id = :id"
                + " ORDER BY created_at DESC, id DESC LIMIT :n")
        .param("id", id)
        .param("n", n)
        .query(String.class)
        .list();
  }

  private void remember(long id, String passwordHash, Instant now) {
    jdbc.sql(
            "INSERT INTO password_history (user_id, password_hash, created_at)"
                + " VALUES (:id, :p, :at)")
        .param("id", id)
        .param("p", passwordHash)
        .param("at", now.atOffset(ZoneOffset.UTC))
        .update();
  }

  /** A setting of the 安全管理员 ({@code security_setting}), empty when never set. */
  Optional<String> setting(String name) {
    return jdbc.sql("SELECT setting_value FROM security_setting WHERE name = :n")
        .param("n", name)
        .query(String.class)
        .optional();
  }

  void putSetting(String name, String value) {
    int updated =
        jdbc.sql("UPDATE security_setting SET setting_value = :v WHERE name = :n")
            .param("n", name)
            .param("v", value)
            .update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO security_setting (name, setting_value) VALUES (:n, :v)")
          .param("n", name)
          .param("v", value)
          .update();
    }
  }

  /**
   * Counts a failed login; at {@code maxFailures} the account is locked until {@code lockUntil}
   * and the count starts again.
   *
   * @return true when this failure locked the account
   */
  boolean recordFailure(String username, int maxFailures, Instant lockUntil) {
    int updated =
        jdbc.sql(
                "UPDATE app_user SET failed_attempts = failed_attempts + 1 WHERE username = :u")
            .param("u", username)
            .update();
    if (updated == 0) {
      return false;
    }
    int locked =
        jdbc.sql(
                "UPDATE app_user SET failed_attempts = 0, locked_until = :until"
                    + " WHERE username = :u AND failed_attempts >= :max")
            .param("until", lockUntil.atOffset(ZoneOffset.UTC))
            .param("u", username)
            .param("max", maxFailures)
            .update();
    return locked > 0;
  }

  void recordSuccess(String username) {
    jdbc.sql(
            "UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE username = :u"
                + " AND (failed_attempts <> 0 OR locked_until IS NOT NULL)")
        .param("u", username)
        .update();
  }

  void unlock(long id) {
    jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE id = :id")
        .param("id", id)
        .update();
  }

  private static Account account(ResultSet rs) throws SQLException {
    OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
    OffsetDateTime changed = rs.getObject("password_changed_at", OffsetDateTime.class);
    return new Account(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("password_hash"),
        rs.getString("display_name"),
        Role.valueOf(rs.getString("user_role")),
        rs.getString("department"),
        rs.getBoolean("enabled"),
        locked == null ? null : locked.toInstant(),
        changed.toInstant(),
        rs.getBoolean("must_change_password"));
  }
}
