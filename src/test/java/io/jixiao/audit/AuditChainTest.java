package io.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.store.Database;
import io.jixiao.store.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The audit trail's SHA-256 hash chain on an H2 file database (which has no append-only trigger,
 * so a tampering can be done and must be found): intact after many appends, also concurrent ones;
 * a changed, removed or inserted entry is named; entries of before the chain are chained by the
 * migration.
 */
class AuditChainTest {

  @TempDir Path dir;

  private Database db;
  private AuditLog log;
  private AuditChain chain;
  private JdbcClient jdbc;

  @BeforeEach
  void open() {
    db = Database.open(TestDatabases.h2Url(dir));
    log = new AuditLog(db.dataSource());
    chain = new AuditChain(db.dataSource());
    jdbc = JdbcClient.create(db.dataSource());
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void anUntouchedLogIsIntact() {
    appendSome(5);
    AuditChain.Verification v = chain.verify();
    assertThat(v.intact()).isTrue();
    assertThat(v.checked()).isEqualTo(5);
    assertThat(v.message()).isEqualTo("审计日志完整：已校验 5 条记录，哈希链未被篡改");
  }

  @Test
  void aChangedEntryIsNamedAsTheFirstBrokenOne() {
    appendSome(6);
    long third = idOfSeq(3);
    jdbc.sql("UPDATE audit_entry SET actor = 'someone-else' WHERE id = :id").param("id", third)
        .update();
    AuditChain.Verification v = chain.verify();
    assertThat(v.intact()).isFalse();
    assertThat(v.brokenId()).isEqualTo(third);
    assertThat(v.brokenSeq()).isEqualTo(3);
    assertThat(v.checked()).isEqualTo(2);
    assertThat(v.message()).contains("#" + third).contains("内容与哈希不符");
  }

  @Test
  void aChangedEntryWithItsHashRecomputedBreaksTheNextLink() {
    appendSome(4);
    AuditEntry second = entryOfSeq(2);
    AuditEntry forged = new AuditEntry(second.id(), second.at(), second.actor(), second.action(),
        second.subject(), second.targetId(), second.field(), second.oldValue(), "伪造",
        second.sourceIp(), second.outcome());
    String prev = jdbc.sql("SELECT prev_hash FROM audit_entry WHERE seq = 2").query(String.class)
        .single();
    jdbc.sql("UPDATE audit_entry SET new_value = '伪造', entry_hash = :h WHERE seq = 2")
        .param("h", AuditChain.hash(2, prev, forged))
        .update();
    AuditChain.Verification v = chain.verify();
    assertThat(v.brokenSeq()).isEqualTo(3);
    assertThat(v.problem()).contains("前一条记录的哈希不符");
  }

  @Test
  void aRemovedEntryInTheMiddleOrAtTheEndIsFound() {
    appendSome(5);
    jdbc.sql("DELETE FROM audit_entry WHERE seq = 2").update();
    assertThat(chain.verify().brokenSeq()).isEqualTo(3);
    jdbc.sql("DELETE FROM audit_entry WHERE seq >= 2").update();
    AuditChain.Verification v = chain.verify();
    assertThat(v.intact()).isFalse();
    assertThat(v.message()).contains("末尾的记录被删除");
  }

  @Test
  void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        for (int i = 0; i < 25; i++) {
          log.append(AuditEntry.of(Instant.now(), "user" + thread, "EDIT", "项目 #" + i, null,
              "名称", "旧", "新 " + i));
        }
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    AuditChain.Verification v = chain.verify();
    assertThat(v.intact()).as(v.message()).isTrue();
    assertThat(v.checked()).isEqualTo(200);
    assertThat(jdbc.sql("SELECT MAX(seq) FROM audit_entry").query(Long.class).single())
        .isEqualTo(200);
  }

  @Test
  void anEntryWithoutATargetReadsBackWithoutOneAndWithItsSourceAndOutcome() {
    AuditSource.set("10.1.2.3");
    try {
      log.append(AuditEntry.of(Instant.now(), "edu", "LOGIN_FAILED", "登录", null, "原因", null,
          "密码错误").withOutcome(AuditEntry.FAILURE));
    } finally {
      AuditSource.clear();
    }
    log.append(AuditEntry.of(Instant.now(), "edu", "EDIT", "项目 #7", 7L, "名称", "a", "b"));
    List<AuditEntry> newest = log.newest(0, 2);
    AuditEntry edit = newest.get(0);
    AuditEntry failed = newest.get(1);
    assertThat(failed.targetId()).isNull();
    assertThat(failed.sourceIp()).isEqualTo("10.1.2.3");
    assertThat(failed.outcome()).isEqualTo(AuditEntry.FAILURE);
    assertThat(edit.targetId()).isEqualTo(7L);
    assertThat(edit.sourceIp()).isNull();
    assertThat(edit.outcome()).isEqualTo(AuditEntry.SUCCESS);
    assertThat(chain.verify().intact()).isTrue();
  }

  @Test
  void entriesWrittenBeforeTheChainExistedAreChainedByTheMigration(@TempDir Path old) {
    String url = TestDatabases.h2Url(old);
    DriverManagerDataSource v4 = new DriverManagerDataSource(url);
    Flyway.configure().dataSource(v4).locations("classpath:db/migration").target("4").load()
        .migrate();
    JdbcClient j = JdbcClient.create(v4);
    for (int i = 1; i <= 3; i++) {
      j.sql("INSERT INTO audit_entry (occurred_at, actor, action, subject, target_id)"
              + " VALUES (CURRENT_TIMESTAMP, 'admin', 'USER_CREATE', :s, NULL)")
          .param("s", "用户 u" + i)
          .update();
    }
    try (Database current = Database.open(url)) {
      AuditLog later = new AuditLog(current.dataSource());
      later.append(AuditEntry.of(Instant.now(), "edu", "EDIT", "项目 #1", 1L, null, null, null));
      AuditChain.Verification v = new AuditChain(current.dataSource()).verify();
      assertThat(v.intact()).as(v.message()).isTrue();
      assertThat(v.checked()).isEqualTo(4);
      assertThat(later.newest(0, 4)).extracting(AuditEntry::targetId)
          .containsExactly(1L, null, null, null);
    }
  }

  private void appendSome(int n) {
    for (int i = 1; i <= n; i++) {
      log.append(AuditEntry.of(Instant.now(), "edu", "EDIT", "项目 #" + i, (long) i, "名称",
          "旧名称 " + i, "新名称 " + i));
    }
  }

  private long idOfSeq(long seq) {
    return jdbc.sql("SELECT id FROM audit_entry WHERE seq = :s").param("s", seq)
        .query(Long.class).single();
  }

  private AuditEntry entryOfSeq(long seq) {
    return jdbc.sql("SELECT * FROM audit_entry WHERE seq = :s").param("s", seq)
        .query((rs, n) -> AuditLog.entry(rs)).single();
  }
}
