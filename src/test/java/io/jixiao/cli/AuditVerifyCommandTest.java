package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import io.jixiao.store.Database;
import io.jixiao.store.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code audit-verify}: exit 0 on an intact audit log, 1 naming the first tampered entry. */
class AuditVerifyCommandTest {

  @TempDir Path dir;

  @Test
  void anIntactLogPassesAndATamperedEntryIsNamedWithExitCodeOne() {
    String url = TestDatabases.h2Url(dir);
    long second;
    try (Database db = Database.open(url)) {
      AuditLog log = new AuditLog(db.dataSource());
      for (int i = 1; i <= 3; i++) {
        log.append(AuditEntry.of(Instant.now(), "edu", "EDIT", "项目 #" + i, (long) i, "名称",
            "旧", "新"));
      }
      second = JdbcClient.create(db.dataSource())
          .sql("SELECT id FROM audit_entry WHERE seq = 2").query(Long.class).single();
    }

    CliRun ok = CliRun.run("audit-verify", "--db", url);
    assertThat(ok.exit()).isZero();
    assertThat(ok.out()).isEqualTo("审计日志完整：已校验 3 条记录，哈希链未被篡改\n");

    try (Database db = Database.open(url)) {
      JdbcClient.create(db.dataSource())
          .sql("UPDATE audit_entry SET old_value = '改过' WHERE id = :id").param("id", second)
          .update();
    }
    CliRun broken = CliRun.run("audit-verify", "--db", url);
    assertThat(broken.exit()).isEqualTo(1);
    assertThat(broken.err())
        .isEqualTo("审计日志已被篡改：第一条异常记录为 #" + second + "（序号 2），内容与哈希不符：记录被修改"
            + "（此前 1 条记录校验通过）\n");
  }
}
