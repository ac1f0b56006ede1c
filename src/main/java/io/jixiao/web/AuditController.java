package io.jixiao.web;

import io.jixiao.model.BeijingTime;
import io.jixiao.audit.AuditChain;
import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 审计管理员's actions on the audit log besides reading it ({@code /audit}): verify the hash
 * chain, naming the first broken entry, and export every entry as CSV (UTF-8 with a byte order
 * mark, so that Excel reads the Chinese). Both are audited themselves.
 */
@Controller
class AuditController {

  private final AuditLog audit;
  private final AuditChain chain;
  private final AuditActions labels;
  private final Clock clock;

  AuditController(AuditLog audit, DataSource dataSource, AuditActions labels, Clock clock) {
    this.audit = audit;
    this.chain = new AuditChain(dataSource);
    this.labels = labels;
    this.clock = clock;
  }

  @PostMapping("/audit/verify")
  String verify(@AuthenticationPrincipal Account auditor, RedirectAttributes redirect) {
    AuditChain.Verification v = verify(auditor);
    redirect.addFlashAttribute(v.intact() ? "message" : "error", v.message());
    return "redirect:/audit";
  }

  /** Verifies the chain and audits that it was done, with the result. */
  AuditChain.Verification verify(Account auditor) {
    requireAuditor(auditor);
    AuditChain.Verification v = chain.verify();
    audit.append(
        AuditEntry.of(clock.instant(), auditor.getUsername(), "AUDIT_VERIFY", "审计日志", null,
                "结果", null, v.message())
            .withOutcome(v.intact() ? AuditEntry.SUCCESS : AuditEntry.FAILURE));
    return v;
  }

  @GetMapping("/audit/export.csv")
  void export(@AuthenticationPrincipal Account auditor, HttpServletResponse response)
      throws IOException {
    requireAuditor(auditor);
    audit.append(AuditEntry.of(clock.instant(), auditor.getUsername(), "AUDIT_EXPORT", "审计日志",
        null, "格式", null, "CSV"));
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition",
        "attachment; filename=\"audit-" + BeijingTime.seconds(clock.instant()).replaceAll("[^0-9]", "")
            + ".csv\"");
    Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    out.write('\uFEFF');
    line(out, "编号", "时间（北京时间）", "操作人", "来源地址", "操作", "操作代码", "结果", "对象", "项目编号",
        "字段", "原值", "新值");
    try {
      audit.forEachInOrder(e -> {
        try {
          line(out, Long.toString(e.id()), BeijingTime.seconds(e.at()), e.actor(), e.sourceIp(),
              labels.label(e.action()), e.action(), labels.outcome(e.outcome()), e.subject(),
              e.targetId() == null ? "" : e.targetId().toString(), e.field(), e.oldValue(),
              e.newValue());
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
  }

  /** One CSV line (RFC 4180); a cell that a spreadsheet would run as a formula starts with '. */
  static void line(Writer out, String... cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells[i]));
    }
    out.write("\r\n");
  }

  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String v = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  private static void requireAuditor(Account a) {
    if (!Access.canAudit(a)) {
      throw WebException.forbidden("只有审计管理员可以校验和导出审计日志");
    }
  }
}
