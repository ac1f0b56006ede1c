package io.jixiao.web;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import io.jixiao.store.StoredDocument;
import io.jixiao.store.TargetStore;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.workflow.Target;
import io.jixiao.workflow.Targets;
import io.jixiao.workflow.WorkflowException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editing a target table: the whole document is saved as a new version with the table replaced,
 * the table's revision goes up, and every changed field is written to the audit log — all in one
 * transaction. An edit based on an older revision is refused (optimistic lock), so concurrent
 * edits never silently overwrite each other.
 */
@Component
class TargetEditing {

  /** What an edit did. */
  record Outcome(boolean changed, int revision, int documentVersion, int fieldsChanged) {}

  private final Targets targets;
  private final TargetStore store;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final java.time.Clock clock;

  TargetEditing(
      Targets targets,
      TargetStore store,
      AuditLog audit,
      TransactionTemplate transaction,
      java.time.Clock clock) {
    this.targets = targets;
    this.store = store;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * Saves the form as the new content of table {@code id}.
   *
   * @throws WebException 404 when the editor may not see the table, 403 when not allowed to edit,
   *     400 when the form is invalid
   * @throws WorkflowException when the table is not editable or changed since the form was loaded
   */
  Outcome save(long id, ProjectForm form, Account editor) {
    Target unlocked = targets.find(id).orElseThrow(() -> notFound(id));
    return transaction.execute(
        status -> {
          targets.lockDocument(unlocked.source());
          Target target = targets.lock(id).orElseThrow(() -> notFound(id));
          if (!Access.canRead(editor, target.department(), target.state())) {
            throw notFound(id);
          }
          if (!Access.canChange(editor, target.department())) {
            throw WebException.forbidden("只有本部门的填报人员可以修改该项目");
          }
          target.requireEditable();
          if (target.revision() != form.getRevision()) {
            throw new WorkflowException(
                WorkflowException.CONFLICT,
                "项目已被他人修改（您打开的是第 " + form.getRevision() + " 次修订，当前为第 " + target.revision()
                    + " 次修订），您的修改未保存，以免覆盖他人的修改。请重新打开编辑页面，在最新内容上修改。");
          }
          TargetDocument doc =
              store.load(target.source())
                  .orElseThrow(() -> WebException.notFound("项目所在文件已不存在"));
          Project before = doc.projects().get(target.position() - 1);
          Project after = ProjectForms.toProject(form, before.seq());
          List<Changes.Change> changes = Changes.between(before, after);
          if (changes.isEmpty()) {
            return new Outcome(false, target.revision(), -1, 0);
          }
          List<Project> projects = new ArrayList<>(doc.projects());
          projects.set(target.position() - 1, after);
          TargetDocument changed =
              new TargetDocument(doc.source(), doc.department(), doc.overall(), projects);
          StoredDocument stored = store.save(changed);
          Instant now = clock.instant();
          int revision =
              targets.recordEdit(
                  id, form.getRevision(), Catalog.facts(changed, after), stored.version(), now);
          String subject = "项目 #" + id + " " + after.displayName();
          for (Changes.Change c : changes) {
            audit.append(
                AuditEntry.of(now, editor.getUsername(), "EDIT", subject, id, c.field(),
                    c.oldValue(), c.newValue()));
          }
          return new Outcome(true, revision, stored.version(), changes.size());
        });
  }

  private static WebException notFound(long id) {
    return WebException.notFound("未找到编号为 " + id + " 的项目");
  }
}
