package io.jixiao.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Databases for tests: an H2 file in a temporary directory, or a fresh schema in the database
 * {@code jixiao_test} of the PostgreSQL server at 127.0.0.1:5432 (user postgres, trust auth). The
 * server is required: when it is unreachable the tests fail, they are not skipped. Another server
 * can be named with the system property or environment variable {@code JIXIAO_TEST_PG} (a JDBC URL
 * of its {@code postgres} database).
 */
public final class TestDatabases {

  private static final String DATABASE = "jixiao_test";

  private TestDatabases() {}

  /** An H2 file database in {@code dir}, in the same mode as the default database. */
  public static String h2Url(Path dir) {
    return "jdbc:h2:file:"
        + dir.resolve("jixiao").toAbsolutePath()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE";
  }

  /** Creates a new empty schema in {@code jixiao_test} (creating the database when missing). */
  public static PostgresSchema postgres() {
    String admin = adminUrl();
    String base = admin.substring(0, admin.lastIndexOf('/') + 1);
    try (Connection c = DriverManager.getConnection(admin, "postgres", "");
        Statement s = c.createStatement()) {
      try (var rs =
          s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
        if (!rs.next()) {
          try {
            s.execute("CREATE DATABASE " + DATABASE);
          } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // created meanwhile by another run
              throw e;
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL is required for these tests and is not reachable at "
              + admin
              + " (start it: pg_ctlcluster --skip-systemctl-redirect 15 main start): "
              + e.getMessage(),
          e);
    }
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    String url = base + DATABASE;
    execute(url, "CREATE SCHEMA " + schema);
    return new PostgresSchema(url, schema);
  }

  private static String adminUrl() {
    String url = System.getProperty("JIXIAO_TEST_PG", System.getenv("JIXIAO_TEST_PG"));
    return url == null ? "jdbc:postgresql://127.0.0.1:5432/postgres" : url;
  }

  private static void execute(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** A schema of its own for one test class; {@link #close()} drops it with everything in it. */
  public static final class PostgresSchema implements AutoCloseable {
    private final String database;
    private final String schema;

    private PostgresSchema(String database, String schema) {
      this.database = database;
      this.schema = schema.toLowerCase(Locale.ROOT);
    }

    /** The JDBC URL whose connections work in this schema. */
    public String url() {
      return database + "?currentSchema=" + schema;
    }

    @Override
    public void close() {
      execute(database, "DROP SCHEMA " + schema + " CASCADE");
    }
  }
}
