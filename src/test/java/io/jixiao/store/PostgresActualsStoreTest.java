package io.jixiao.store;

/**
 * {@link ActualsStore} on the real PostgreSQL at 127.0.0.1:5432, each test in a schema of its own.
 * Fails when the server is unreachable.
 */
class PostgresActualsStoreTest extends ActualsStoreContract {

  private TestDatabases.PostgresSchema schema;

  @Override
  String freshUrl() {
    schema = TestDatabases.postgres();
    return schema.url();
  }

  @Override
  void dispose() {
    schema.close();
  }
}
