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

  long count() {
    return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
  }

  long create(
      String username, String passwordHash, String displayName, Role role, String department) {
    jdbc.sql(
            "INSERT INTO app_user (username, password_hash, display_name, user_role, department,"
                + " enabled, failed_attempts) VALUES (:u, :p, :d, :r, :dep, TRUE, 0)")
        .param("u", username)
        .param("p", passwordHash)
        .param("d", displayName)
        .param("r", role.name())
        .param("dep", department)
        .update();
    return find(username).orElseThrow().id();
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

  void changePassword(long id, String passwordHash) {
    jdbc.sql("UPDATE app_user SET password_hash = :p WHERE id = :id")
        .param("p", passwordHash)
        .param("id", id)
        .update();
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
    return new Account(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("password_hash"),
        rs.getString("display_name"),
        Role.valueOf(rs.getString("user_role")),
        rs.getString("department"),
        rs.getBoolean("enabled"),
        locked == null ? null : locked.toInstant());
  }
}
