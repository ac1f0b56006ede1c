package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database survives the pool retiring the connection that ran the migrations (issue
 * 12, point 2: H2 2.4.240 bound the IN-list CHECK constraints to the migrating session, and every
 * write hitting one failed with "The database has been closed" once Hikari closed it).
 */
class RecycledConnectionsTest {

  @TempDir Path dir;

  @Test
  void writesThatHitCheckConstraintsWorkAfterTheMigratingConnectionIsRetired() throws Exception {
    try (Database db = Database.open(TestDatabases.h2Url(dir))) {
      HikariDataSource pool = (HikariDataSource) db.dataSource();
      // a connection opened after the migration keeps the database open while the pool retires
      // every connection it has, the migration's among them
      Connection newest = DriverManager.getConnection(db.url(), "jixiao", password());
      pool.getHikariPoolMXBean().softEvictConnections();
      // the pool closes retired connections on a thread of its own: wait until every session
      // older than the newest connection's is gone
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (olderSessions(newest) > 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(olderSessions(newest)).isZero();
      try (Connection fresh = newest;
          Statement s = fresh.createStatement()) {
        s.executeUpdate(
            "INSERT INTO target (source, pos, department, identity_key, doc_version, state,"
                + " revision, updated_at)"
                + " VALUES ('a.txt', 1, '教育局', 'code:001', 1, 'DRAFT', 1, CURRENT_TIMESTAMP)");
        s.executeUpdate(
            "INSERT INTO app_user (username, password_hash, display_name, user_role, enabled,"
                + " failed_attempts, password_changed_at)"
                + " VALUES ('r', 'x', 'R', 'FINANCE_REVIEWER', TRUE, 0, CURRENT_TIMESTAMP)");
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM target WHERE state = 'DRAFT'")) {
          rs.next();
          assertThat(rs.getInt(1)).isEqualTo(1);
        }
        assertThat(refused(s, "UPDATE target SET state = 'LOST'")).contains("ck_target_state");
        assertThat(refused(s, "UPDATE app_user SET user_role = 'ROOT'"))
            .contains("fk_app_user_role"); // roles are rows since V7
      }
    }
  }

  /**
   * No CHECK constraint of the migrated H2 schema uses an IN list: H2 2.4 evaluates such a list
   * with the compare mode of the session that created it. A migration that adds one must write
   * {@code col = ANY (ARRAY['A', 'B'])} instead (V6).
   */
  @Test
  void noCheckConstraintOfTheSchemaIsAnInList() throws Exception {
    try (Database db = Database.open(TestDatabases.h2Url(dir));
        Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT constraint_name, check_clause FROM information_schema.check_constraints"
                    + " WHERE constraint_schema = 'public'")) {
      List<String> inLists = new ArrayList<>();
      int checks = 0;
      while (rs.next()) {
        checks++;
        if (rs.getString(2).matches("(?is).*\\bIN\\s*\\(.*")) {
          inLists.add(rs.getString(1) + ": " + rs.getString(2));
        }
      }
      assertThat(checks).isGreaterThan(10);
      assertThat(inLists).isEmpty();
    }
  }

  private String password() throws java.io.IOException {
    return java.nio.file.Files.readString(dir.resolve("jixiao.password")).strip();
  }

  private static int olderSessions(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(*) FROM information_schema.sessions"
                    + " WHERE session_id < SESSION_ID()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static String refused(Statement s, String sql) {
    try {
      s.executeUpdate(sql);
      return "accepted";
    } catch (SQLException e) {
      return e.getMessage();
    }
  }
}
