package io.jixiao.results;

import io.jixiao.store.TestDatabases;

/**
 * {@link LastYearResults} on the real PostgreSQL at 127.0.0.1:5432, each test in a schema of its
 * own. Fails when the server is unreachable.
 */
class PostgresLastYearResultsTest extends LastYearResultsContract {

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
