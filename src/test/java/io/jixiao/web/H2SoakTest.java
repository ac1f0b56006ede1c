package io.jixiao.web;

import io.jixiao.store.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The soak test on an embedded H2 file database, the default of {@code jixiao serve}. */
class H2SoakTest extends SoakContract {

  @TempDir Path dir;

  @Override
  Connection openConnection() throws SQLException {
    try {
      String password = Files.readString(dir.resolve("jixiao.password")).strip();
      return DriverManager.getConnection(databaseUrl(), "jixiao", password);
    } catch (IOException e) {
      throw new SQLException(e);
    }
  }

  @Override
  String databaseUrl() {
    return TestDatabases.h2Url(dir);
  }
}
