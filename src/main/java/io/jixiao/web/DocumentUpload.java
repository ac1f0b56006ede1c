package io.jixiao.web;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportProblem;
import io.jixiao.document.ImportResult;
import io.jixiao.store.StoredDocument;
import io.jixiao.store.TargetStore;
import io.jixiao.model.Department;
import io.jixiao.model.TargetDocument;
import io.jixiao.workflow.TargetSummary;
import io.jixiao.workflow.Targets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploading a file: read it, and store it only when it is readable, belongs to the uploader's
 * department and does not overwrite tables that are already submitted, approved or published. A
 * refused file leaves nothing behind.
 */
@Component
class DocumentUpload {

  /** What became of an upload: stored (with the tables' ids) or not, and every problem. */
  record Outcome(
      boolean stored,
      String source,
      String message,
      List<ImportProblem> problems,
      StoredDocument document,
      List<TargetSummary> tables) {}

  private final DocumentReader reader;
  private final TargetStore store;
  private final Targets targets;
  private final Catalog catalog;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final Clock clock;

  DocumentUpload(
      DocumentReader reader,
      TargetStore store,
      Targets targets,
      Catalog catalog,
      AuditLog audit,
      TransactionTemplate transaction,
      Clock clock) {
    this.reader = reader;
    this.store = store;
    this.targets = targets;
    this.catalog = catalog;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
  }

  Outcome upload(String fileName, byte[] bytes, Account uploader) {
    if (!Access.canUpload(uploader)) {
      throw WebException.forbidden("只有部门填报人员和系统管理员可以上传文件");
    }
    String name = sourceName(fileName);
    if (bytes.length == 0) {
      return refused(name, "文件为空，未保存任何内容", List.of());
    }
    ImportResult result = reader.read(name, bytes);
    if (!result.ok()) {
      return refused(
          name, "文件有 " + result.errors().size() + " 处错误，无法导入，未保存任何内容", result.problems());
    }
    TargetDocument doc = result.document();
    if (uploader.is(Role.DEPT_EDITOR)) {
      String own = uploader.department();
      if (doc.department() == null) {
        doc = new TargetDocument(doc.source(), new Department(own, null), doc.overall(),
            doc.projects());
      } else if (!own.equals(doc.department().name())) {
        return refused(
            name, "文件所属部门为“" + doc.department().name() + "”，您只能上传本部门（" + own + "）的绩效目标，未保存",
            result.problems());
      }
    }
    String department = doc.department() == null ? null : doc.department().name();
    for (TargetSummary t : targets.ofSource(name)) {
      if (!Objects.equals(t.department(), department)) {
        return refused(name, "已有其他部门上传过同名文件“" + name + "”，请修改文件名后重新上传，未保存",
            result.problems());
      }
      if (!t.state().editable()) {
        return refused(
            name, "文件“" + name + "”中的项目“" + t.projectName() + "”当前为“" + t.state().label()
                + "”，不能用新文件覆盖，未保存",
            result.problems());
      }
    }
    TargetDocument toStore = doc;
    StoredDocument stored =
        transaction.execute(
            status -> {
              targets.lockDocument(name);
              StoredDocument s = store.save(toStore);
              catalog.synchronise(name);
              audit.append(
                  AuditEntry.of(clock.instant(), uploader.getUsername(), "IMPORT", "文件 " + name,
                      null, "版本", s.version() == 1 ? null : String.valueOf(s.version() - 1),
                      s.version() + "（" + s.projects() + " 张表，" + s.indicators() + " 个指标）"));
              return s;
            });
    String message;
    switch (stored.outcome()) {
      case CREATED:
        message = "已导入 " + stored.projects() + " 张绩效目标表、" + stored.indicators() + " 个指标";
        break;
      case REPLACED:
        message = "已导入为第 " + stored.version() + " 版（保留旧版本），" + stored.projects() + " 张表";
        break;
      default:
        message = "内容与已保存的第 " + stored.version() + " 版相同，没有变化";
    }
    if (result.recognised() != null) {
      message = message + "；" + result.recognised();
    }
    return new Outcome(true, name, message, result.problems(), stored, targets.ofSource(name));
  }

  private static Outcome refused(String name, String message, List<ImportProblem> problems) {
    return new Outcome(false, name, message, problems, null, List.of());
  }

  /** The file name without directories, control characters or more than 200 characters. */
  static String sourceName(String fileName) {
    String n = fileName == null ? "" : fileName;
    n = n.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    if (n.isEmpty()) {
      n = "upload.txt";
    }
    return n.length() > 200 ? n.substring(n.length() - 200) : n;
  }
}
