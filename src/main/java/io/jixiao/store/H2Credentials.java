package io.jixiao.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

/**
 * The user and password of an embedded H2 file database (issue 12: the file had an empty
 * password). The user is {@code jixiao}; the password is the environment variable {@code
 * JIXIAO_DB_PASSWORD}, else the first line of {@code <database>.password} beside the database file
 * (e.g. {@code ./data/jixiao.password}), written with a random password and owner-only permissions
 * when the database is first opened. A URL that names {@code USER} or {@code PASSWORD} itself is
 * used as it is.
 *
 * <p>A database created before (user {@code ""}, empty password) is upgraded when opened: the user
 * {@code jixiao} is created with the password, and the empty user is dropped (ADR 0013).
 */
record H2Credentials(String user, String password) {

  static final String USER = "jixiao";
  static final String ENV = "JIXIAO_DB_PASSWORD";
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  /** The credentials for {@code url}, empty when it is no H2 file or names its own. */
  static Optional<H2Credentials> of(String url) {
    Path file = Database.h2File(url);
    String upper = url.toUpperCase(Locale.ROOT);
    if (file == null || upper.contains(";USER=") || upper.contains(";PASSWORD=")) {
      return Optional.empty();
    }
    H2Credentials c = new H2Credentials(USER, password(file));
    c.upgradeLegacy(url, file);
    return Optional.of(c);
  }

  private static String password(Path file) {
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) {
      return env;
    }
    Path stored = passwordFile(file);
    try {
      if (Files.exists(stored)) {
        String line = Files.readAllLines(stored).stream().findFirst().orElse("").strip();
        if (!line.isEmpty()) {
          return line;
        }
      }
      SecureRandom random = new SecureRandom();
      StringBuilder p = new StringBuilder();
      for (int i = 0; i < 24; i++) {
        p.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      Files.createDirectories(stored.toAbsolutePath().getParent());
      Files.writeString(stored, p + "\n");
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(stored, PosixFilePermissions.fromString("rw-------"));
      }
      return p.toString();
    } catch (IOException e) {
      throw new StoreException("无法读取或写入数据库密码文件 " + stored + "：" + e.getMessage(), e);
    }
  }

  /** {@code ./data/jixiao} → {@code ./data/jixiao.password}. */
  static Path passwordFile(Path file) {
    return file.resolveSibling(file.getFileName() + ".password");
  }

  /**
   * A database of an earlier version has the user {@code ""} without password: give it this user
   * and password, and drop the empty user, so that only the password opens it from now on.
   */
  private void upgradeLegacy(String url, Path file) {
    if (!Files.exists(file.resolveSibling(file.getFileName() + ".mv.db"))) {
      return;
    }
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      return;
    } catch (SQLException e) {
      if (e.getErrorCode() != 28000) {
        return; // e.g. in use by another process: the pool reports it
      }
    }
    try (Connection legacy = DriverManager.getConnection(url, "", "");
        Statement s = legacy.createStatement()) {
      s.execute(
          "CREATE USER IF NOT EXISTS " + user + " PASSWORD '" + password.replace("'", "''")
              + "' ADMIN");
    } catch (SQLException e) {
      throw new StoreException(
          "H2 数据库 " + file + " 的用户名或密码不符：密码在 " + passwordFile(file) + " 或环境变量 " + ENV, e);
    }
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("DROP USER \"\"");
    } catch (SQLException e) {
      throw new StoreException("无法升级 H2 数据库 " + file + " 的用户：" + e.getMessage(), e);
    }
  }
}
