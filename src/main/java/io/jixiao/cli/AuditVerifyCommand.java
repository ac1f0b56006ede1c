package io.jixiao.cli;

import io.jixiao.audit.AuditChain;
import io.jixiao.store.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao audit-verify [--db URL]}: walks the audit log's SHA-256 hash chain and says
 * whether it is intact or which entry is the first one changed, removed or inserted. Exit 0 when
 * intact, 1 when broken.
 */
@Command(
    name = "audit-verify",
    mixinStandardHelpOptions = true,
    description = {
      "校验审计日志的哈希链（SHA-256）：完整时退出码 0；被篡改时指出第一条异常记录，退出码 1。"
    })
final class AuditVerifyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Override
  public Integer call() {
    AuditChain.Verification v;
    try (Database db = database.open()) {
      v = new AuditChain(db.dataSource()).verify();
    }
    if (v.intact()) {
      spec.commandLine().getOut().println(v.message());
      return ExitCode.OK.code();
    }
    spec.commandLine().getErr().println(v.message());
    return ExitCode.NOT_DONE.code();
  }
}
