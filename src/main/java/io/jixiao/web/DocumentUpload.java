package io.jixiao.web;

import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportProblem;
import io.jixiao.document.ImportResult;
import io.jixiao.store.StoredDocument;
import io.jixiao.workflow.Actor;
import io.jixiao.workflow.ImportDocument;
import io.jixiao.workflow.ImportOutcome;
import io.jixiao.workflow.ProjectSummary;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Uploading a file: read it, and import it through {@link ImportDocument} under the uploaded file's
 * name, as the uploader (an editor imports for the own department only). A refused file leaves
 * nothing behind.
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
      List<ProjectSummary> tables,
      List<String> notes) {}

  private final DocumentReader reader;
  private final ImportDocument importing;
  private final Catalog catalog;

  DocumentUpload(DocumentReader reader, ImportDocument importing, Catalog catalog) {
    this.reader = reader;
    this.importing = importing;
    this.catalog = catalog;
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
    ImportOutcome o = importing.run(name, result.document(), actor(uploader));
    if (o.stored()) {
      catalog.resultsChanged();
    }
    String message = o.message();
    if (o.stored() && result.recognised() != null) {
      message = message + "；" + result.recognised();
    }
    return new Outcome(o.stored(), name, message, result.problems(), o.document(), o.tables(),
        o.notes());
  }

  /** The uploader as the use cases see it: an editor imports for the own department. */
  static Actor actor(Account a) {
    return new Actor(a.getUsername(), a.is(Role.DEPT_EDITOR) ? a.department() : null);
  }

  private static Outcome refused(String name, String message, List<ImportProblem> problems) {
    return new Outcome(false, name, message, problems, null, List.of(), List.of());
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
