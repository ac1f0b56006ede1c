package io.jixiao.web;

import io.jixiao.store.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;

/** The soak test on PostgreSQL (a fresh schema). */
class PostgresSoakTest extends SoakContract {

  private final TestDatabases.PostgresSchema schema = TestDatabases.postgres();

  @Override
  Connection openConnection() throws SQLException {
    return DriverManager.getConnection(databaseUrl(), "postgres", "");
  }

  @Override
  String databaseUrl() {
    return schema.url();
  }

  @AfterEach
  void dropSchema() {
    schema.close();
  }
}
