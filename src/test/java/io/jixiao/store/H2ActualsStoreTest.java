package io.jixiao.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link ActualsStore} on an embedded H2 file database in a temporary directory. */
class H2ActualsStoreTest extends ActualsStoreContract {

  @TempDir Path dir;

  @Override
  String freshUrl() {
    return TestDatabases.h2Url(dir);
  }

  @Override
  void dispose() {}
}
