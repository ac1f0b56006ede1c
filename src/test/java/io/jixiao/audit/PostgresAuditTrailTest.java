package io.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.store.Database;
import io.jixiao.store.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit trail is append-only on the real PostgreSQL: the application role of
 * docs/security.md (its SQL read from there, so the docs stay true) may INSERT and SELECT but not
 * UPDATE or DELETE, and the trigger refuses UPDATE, DELETE and TRUNCATE even to the owner. Only
 * the owner switching the trigger off can change an entry, and then the hash chain names it.
 */
class PostgresAuditTrailTest {

  private static final TestDatabases.PostgresSchema SCHEMA = TestDatabases.postgres();
  private static final String ROLE =
      "jixiao_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

  private static String schema;

  @BeforeAll
  static void migrateAndCreateTheApplicationRole() throws Exception {
    schema = SCHEMA.url().substring(SCHEMA.url().indexOf("currentSchema=") + 14);
    try (Database owner = Database.open(SCHEMA.url())) {
      AuditLog log = new AuditLog(owner.dataSource());
      log.append(AuditEntry.of(Instant.now(), "edu", "EDIT", "项目 #1", 1L, "名称", "旧", "新"));
      log.append(AuditEntry.of(Instant.now(), "reviewer", "APPROVE", "项目 #1", 1L, "状态",
          "已提交", "已批复"));
    }
    String sql = applicationRoleSql()
        .replace("jixiao_app", ROLE)
        .replace("SCHEMA public", "SCHEMA " + schema);
    try (Connection c = owner(); Statement s = c.createStatement()) {
      s.execute("SET search_path TO " + schema);
      for (String statement : sql.split(";")) {
        if (!statement.strip().isEmpty()) {
          s.execute(statement);
        }
      }
    }
  }

  @AfterAll
  static void dropRoleAndSchema() throws SQLException {
    try (Connection c = owner(); Statement s = c.createStatement()) {
      s.execute("DROP OWNED BY " + ROLE);
      s.execute("DROP ROLE " + ROLE);
    }
    SCHEMA.close();
  }

  @Test
  void theApplicationRoleAppendsAndReadsButCannotChangeOrDeleteEntries() throws SQLException {
    try (Database app = Database.open(SCHEMA.url() + "&user=" + ROLE)) {
      AuditLog log = new AuditLog(app.dataSource());
      log.append(AuditEntry.of(Instant.now(), "reviewer", "PUBLISH", "项目 #1", 1L, "状态",
          "已批复", "已公开"));
      assertThat(log.count()).isEqualTo(3);
      assertThat(new AuditChain(app.dataSource()).verify().intact()).isTrue();
      try (Connection c = app.dataSource().getConnection(); Statement s = c.createStatement()) {
        assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_entry SET actor = 'x'"))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_entry"))
            .hasMessageContaining("permission denied");
      }
    }
  }

  @Test
  void theTriggerRefusesUpdateDeleteAndTruncateEvenToTheOwner() throws SQLException {
    try (Connection c = owner(); Statement s = c.createStatement()) {
      s.execute("SET search_path TO " + schema);
      assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_entry SET actor = 'x'"))
          .hasMessageContaining("audit_entry is append-only: UPDATE refused");
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_entry WHERE seq = 1"))
          .hasMessageContaining("audit_entry is append-only: DELETE refused");
      assertThatThrownBy(() -> s.execute("TRUNCATE audit_entry"))
          .hasMessageContaining("audit_entry is append-only: TRUNCATE refused");
    }
  }

  @Test
  void anOwnerWhoSwitchesTheTriggerOffToChangeAnEntryIsFoundByTheChain() throws SQLException {
    try (Database owner = Database.open(SCHEMA.url());
        Connection c = owner.dataSource().getConnection();
        Statement s = c.createStatement()) {
      long id;
      try (var rs = s.executeQuery("SELECT id FROM audit_entry WHERE seq = 2")) {
        rs.next();
        id = rs.getLong(1);
      }
      s.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_delete");
      s.executeUpdate("UPDATE audit_entry SET new_value = '已退回' WHERE id = " + id);
      AuditChain.Verification v = new AuditChain(owner.dataSource()).verify();
      s.executeUpdate("UPDATE audit_entry SET new_value = '已批复' WHERE id = " + id);
      s.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_delete");
      assertThat(v.intact()).isFalse();
      assertThat(v.brokenId()).isEqualTo(id);
      assertThat(new AuditChain(owner.dataSource()).verify().intact()).isTrue();
    }
  }

  /** The SQL block between the app-role markers of docs/security.md. */
  static String applicationRoleSql() throws IOException {
    String doc = Files.readString(Path.of("docs/security.md"));
    String block =
        doc.substring(doc.indexOf("<!-- app-role:begin -->"), doc.indexOf("<!-- app-role:end -->"));
    StringBuilder sql = new StringBuilder();
    for (String line : block.split("\n")) {
      if (!line.startsWith("```") && !line.startsWith("<!--") && !line.startsWith("--")) {
        sql.append(line).append('\n');
      }
    }
    return sql.toString();
  }

  private static Connection owner() throws SQLException {
    String url = SCHEMA.url();
    return DriverManager.getConnection(url.substring(0, url.indexOf('?')), "postgres", "");
  }
}
