package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.store.Database;
import io.jixiao.store.TestDatabases;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V7 on a database of an older build: its administrator becomes the 系统管理员, the business
 * roles stay, the password history starts with the current passwords, nobody must change.
 */
class AccountsMigrationTest {

  @TempDir Path dir;

  @Test
  void theAdministratorOfBeforeBecomesTheSystemAdministrator() {
    String url = TestDatabases.h2Url(dir);
    DriverManagerDataSource before = new DriverManagerDataSource(url);
    Flyway.configure().dataSource(before).locations("classpath:db/migration").target("4").load()
        .migrate();
    JdbcClient old = JdbcClient.create(before);
    for (String[] u : new String[][] {{"boss", "ADMIN"}, {"checker", "AUDITOR"},
        {"fin", "FINANCE_REVIEWER"}}) {
      old.sql("INSERT INTO app_user (username, password_hash, display_name, user_role, enabled,"
              + " failed_attempts) VALUES (:u, 'hash-' || :u, :u, :r, TRUE, 0)")
          .param("u", u[0]).param("r", u[1]).update();
    }
    try (Database db = Database.open(url)) {
      Users users = new Users(db.dataSource());
      assertThat(users.find("boss").orElseThrow().role()).isEqualTo(Role.SYSTEM_ADMIN);
      assertThat(users.find("checker").orElseThrow().role()).isEqualTo(Role.AUDITOR);
      assertThat(users.find("fin").orElseThrow().role()).isEqualTo(Role.FINANCE_REVIEWER);
      Account boss = users.find("boss").orElseThrow();
      assertThat(boss.mustChangePassword()).isFalse();
      assertThat(boss.passwordChangedAt()).isNotNull();
      assertThat(users.recentPasswords(boss.id(), 5)).containsExactly("hash-boss");
      assertThat(users.count(Role.SECURITY_ADMIN)).isZero();
    }
  }
}
