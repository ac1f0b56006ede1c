package io.jixiao.web;

import io.jixiao.store.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The soak test on an embedded H2 file database, the default of {@code jixiao serve}. */
class H2SoakTest extends SoakContract {

  @TempDir Path dir;

  @Override
  Connection openConnection() throws SQLException {
    return DriverManager.getConnection(databaseUrl());
  }

  @Override
  String databaseUrl() {
    return TestDatabases.h2Url(dir);
  }
}
