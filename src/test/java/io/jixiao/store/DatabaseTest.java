package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.model.TargetDocument;
import io.jixiao.model.TestDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class DatabaseTest {

  @TempDir Path dir;

  @Test
  void createsTheDirectoryOfAnH2FileAndKeepsTheDataWhenReopened() {
    Path nested = dir.resolve("data").resolve("sub");
    String url = "jdbc:h2:file:" + nested.resolve("jixiao") + ";AUTO_SERVER=FALSE";
    TargetDocument saved = TestDocuments.everyField("reopen.txt");

    try (Database db = Database.open(url)) {
      new TargetStore(db.dataSource()).save(saved);
    }

    assertThat(Files.isDirectory(nested)).isTrue();
    try (Database db = Database.open(url)) {
      assertThat(new TargetStore(db.dataSource()).load("reopen.txt")).contains(saved);
      assertThat(
              JdbcClient.create(db.dataSource())
                  .sql("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '1'")
                  .query(Integer.class)
                  .single())
          .isEqualTo(1);
    }
  }

  @Test
  void worksOnAnH2UrlWithoutPostgresCompatibilityMode() {
    String url = "jdbc:h2:file:" + dir.resolve("plain");
    TargetDocument saved = TestDocuments.everyField("plain.txt");

    try (Database db = Database.open(url)) {
      TargetStore store = new TargetStore(db.dataSource());
      store.save(saved);
      assertThat(store.load("plain.txt")).contains(saved);
      assertThat(store.list())
          .singleElement()
          .satisfies(s -> assertThat(s.projects()).isEqualTo(3));
    }
  }

  @Test
  void refusesAUrlOfAnotherDatabase() {
    assertThatThrownBy(() -> Database.open("jdbc:mysql://localhost/jixiao"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("不支持的数据库地址：jdbc:mysql://localhost/jixiao（应为 jdbc:h2:… 或 jdbc:postgresql://…）");
  }

  @Test
  void hidesThePasswordInMessages() {
    assertThat(Database.safe("jdbc:postgresql://h/db?user=a&password=secret&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?user=a&password=***&ssl=true");
  }
}
