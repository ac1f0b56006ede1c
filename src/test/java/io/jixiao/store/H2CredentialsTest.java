package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.model.TestDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database has a user and a password, not an empty one (issue 12, point 4). */
class H2CredentialsTest {

  @TempDir Path dir;

  @Test
  void aNewDatabaseGetsARandomPasswordInAFileOnlyItsOwnerReads() throws Exception {
    String url = TestDatabases.h2Url(dir);
    try (Database db = Database.open(url)) {
      assertThat(db.url()).isEqualTo(url);
    }

    Path file = dir.resolve("jixiao.password");
    String password = Files.readString(file).strip();
    assertThat(password).hasSize(24);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThatThrownBy(() -> DriverManager.getConnection(url, "", "").close())
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(28000));
    try (Connection c = DriverManager.getConnection(url, "jixiao", password)) {
      assertThat(c.isValid(1)).isTrue();
    }
  }

  @Test
  void aDatabaseWithTheEmptyPasswordOfEarlierVersionsIsUpgradedAndKeepsItsData() throws Exception {
    String url = TestDatabases.h2Url(dir);
    // as earlier versions created it: the user "" without password
    try (Database earlier = Database.open(url + ";USER=;PASSWORD=")) {
      new TargetStore(earlier.dataSource()).save(TestDocuments.everyField("earlier.txt"));
    }

    try (Database db = Database.open(url)) {
      assertThat(new TargetStore(db.dataSource()).load("earlier.txt"))
          .contains(TestDocuments.everyField("earlier.txt"));
    }

    assertThatThrownBy(() -> DriverManager.getConnection(url, "", "").close())
        .isInstanceOf(SQLException.class);
    try (Database again = Database.open(url)) {
      assertThat(again.dataSource().getConnection().isValid(1)).isTrue();
    }
  }
}
