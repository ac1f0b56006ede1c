package io.jixiao.results;

import io.jixiao.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link LastYearResults} on an embedded H2 file database in a temporary directory. */
class H2LastYearResultsTest extends LastYearResultsContract {

  @TempDir Path dir;

  @Override
  String freshUrl() {
    return TestDatabases.h2Url(dir);
  }

  @Override
  void dispose() {}
}
