package io.jixiao.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * An open database: a small connection pool on a JDBC URL, migrated to the current schema by Flyway
 * when opened. No Spring context is involved, so a CLI command starts fast.
 *
 * <p>Two kinds of URL are supported: an H2 file (the default, {@link #DEFAULT_URL}, under {@code
 * ./data}) and PostgreSQL ({@code jdbc:postgresql://host:port/db}, user {@code postgres} without a
 * password unless the URL says {@code ?user=…&password=…}). An H2 file database has the user
 * {@code jixiao} and a password ({@link H2Credentials}); its pool keeps a fixed number of
 * connections for the life of the process (ADR 0013).
 */
public final class Database implements AutoCloseable {

  /** An embedded H2 file database in {@code ./data}, in PostgreSQL compatibility mode. */
  public static final String DEFAULT_URL =
      "jdbc:h2:file:./data/jixiao;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE";

  private static final String H2 = "jdbc:h2:";
  private static final int POOL_SIZE = 4;
  private static final String POSTGRES = "jdbc:postgresql:";

  private final String url;
  private final HikariDataSource dataSource;

  private Database(String url, HikariDataSource dataSource) {
    this.url = url;
    this.dataSource = dataSource;
  }

  /** Opens the default H2 database in {@code ./data}. */
  public static Database openDefault() {
    return open(DEFAULT_URL);
  }

  /**
   * Opens the database at {@code url} and migrates it.
   *
   * @throws IllegalArgumentException when the URL is neither H2 nor PostgreSQL
   * @throws StoreException when the database cannot be reached or migrated
   */
  public static Database open(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setPoolName("jixiao");
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    config.setAutoCommit(true);
    if (url.startsWith(H2)) {
      createDirectoryOf(url);
      // An embedded database has no server that drops idle connections, and opening one costs a
      // session: keep a fixed pool for the life of the process (ADR 0013).
      config.setMinimumIdle(POOL_SIZE);
      config.setIdleTimeout(0);
      config.setMaxLifetime(0);
      H2Credentials.of(url).ifPresent(c -> {
        config.setUsername(c.user());
        config.setPassword(c.password());
      });
    } else if (url.startsWith(POSTGRES)) {
      if (!hasParameter(url, "user")) {
        config.setUsername("postgres");
      }
    } else {
      throw new IllegalArgumentException(
          "不支持的数据库地址：" + url + "（应为 jdbc:h2:… 或 jdbc:postgresql://…）");
    }
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException("无法连接数据库 " + safe(url) + "：" + rootMessage(e), e);
    }
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw new StoreException("数据库 " + safe(url) + " 结构升级失败：" + rootMessage(e), e);
    }
    return new Database(url, dataSource);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public String url() {
    return url;
  }

  @Override
  public void close() {
    dataSource.close();
  }

  /** Creates the directory an H2 file database lives in, e.g. {@code ./data}. */
  private static void createDirectoryOf(String url) {
    Path file = h2File(url);
    Path parent = file == null ? null : file.toAbsolutePath().getParent();
    if (parent == null) {
      return;
    }
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new StoreException("无法创建数据库目录 " + parent + "：" + e.getMessage(), e);
    }
  }

  /** The file of an embedded H2 database without extension, e.g. {@code ./data/jixiao}; else null. */
  static Path h2File(String url) {
    String rest = url.substring(H2.length());
    if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")) {
      return null;
    }
    if (rest.startsWith("file:")) {
      rest = rest.substring("file:".length());
    }
    int semicolon = rest.indexOf(';');
    String file = semicolon < 0 ? rest : rest.substring(0, semicolon);
    if (file.startsWith("~")) {
      file = System.getProperty("user.home") + file.substring(1);
    }
    return Path.of(file);
  }

  private static boolean hasParameter(String url, String name) {
    int q = url.indexOf('?');
    if (q < 0) {
      return false;
    }
    for (String pair : url.substring(q + 1).split("&")) {
      if (pair.startsWith(name + "=")) {
        return true;
      }
    }
    return false;
  }

  /** The URL without a password, for messages. */
  static String safe(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  /** The innermost cause's message, shortened: a driver may quote a whole oversized value. */
  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }
}
