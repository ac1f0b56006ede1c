package io.jixiao.workflow;

import io.jixiao.audit.AuditEntry;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.monitor.ProjectKey;
import io.jixiao.store.StoredDocument;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * 修改: saves new content of one table as a new version of its document, in one transaction with
 * the revision check, the workflow row and an audit entry per changed field and one for the
 * revision. Stored actuals follow their indicators when rows are reordered, inserted or deleted
 * (matched by {@link io.jixiao.model.IndicatorIdentity}), and deleting an indicator that has
 * actuals is refused ({@link WorkflowException#HAS_ACTUALS}). The document's rows are locked, so two edits of different tables of one document are
 * saved one after the other and neither loses the other's change; an edit based on an older
 * revision is refused ({@link WorkflowException#CONFLICT}).
 */
public final class EditTable {

  /** What an edit did. */
  public record Outcome(boolean changed, int revision, int documentVersion, int fieldsChanged) {}

  private final UseCase use;

  public EditTable(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  public EditTable(DataSource dataSource, Clock clock) {
    this.use = new UseCase(dataSource, clock);
  }

  /**
   * Replaces the content of table {@code id} by what {@code change} makes of it.
   *
   * @param expectedRevision the revision the change was based on (carried by the form)
   * @throws WorkflowException when the table is not editable, not in its document any more, or
   *     changed since {@code expectedRevision}
   */
  public Outcome edit(long id, int expectedRevision, UnaryOperator<Project> change, Actor actor) {
    ProjectWorkflow unlocked = use.targets.find(id).orElseThrow(() -> notFound(id));
    return use.inTransaction(
        () -> {
          use.targets.lockDocument(unlocked.source());
          ProjectWorkflow target = use.targets.lock(id).orElseThrow(() -> notFound(id));
          target.requireEditable();
          if (target.revision() != expectedRevision) {
            throw new WorkflowException(
                WorkflowException.CONFLICT,
                "项目已被他人修改（您打开的是第 " + expectedRevision + " 次修订，当前为第 " + target.revision()
                    + " 次修订），您的修改未保存，以免覆盖他人的修改。请重新打开编辑页面，在最新内容上修改。");
          }
          ProjectSummary row = use.targets.summary(id).orElseThrow(() -> notFound(id));
          if (!row.present()) {
            throw new WorkflowException(WorkflowException.NOT_EDITABLE,
                "项目已不在当前文件“" + row.source() + "”中，不能修改；请重新导入包含该项目的文件");
          }
          TargetDocument doc =
              use.store.load(row.source()).orElseThrow(() -> notFound(id));
          Project before = doc.projects().get(row.position() - 1);
          Project after = change.apply(before);
          List<Changes.Change> changes = Changes.between(before, after);
          if (changes.isEmpty()) {
            return new Outcome(false, target.revision(), -1, 0);
          }
          // stored actuals stay on their indicators; one that has actuals may not be deleted
          ProjectKey key = new ProjectKey(row.source(), before.seq());
          use.actualsMove(row.projectName(), key, before, new ProjectKey(row.source(), after.seq()),
              after).ifPresent(m -> use.actuals.move(List.of(m)));
          List<Project> projects = new ArrayList<>(doc.projects());
          projects.set(row.position() - 1, after);
          TargetDocument changed =
              new TargetDocument(doc.source(), doc.department(), doc.overall(), projects);
          StoredDocument stored = use.store.save(changed);
          Instant now = use.clock.instant();
          int revision =
              use.targets.recordEdit(
                  id, expectedRevision, ProjectFacts.of(changed, after), stored.version(), now);
          String subject = "项目 #" + id + " " + after.displayName();
          for (Changes.Change c : changes) {
            use.audit.append(
                AuditEntry.of(now, actor.name(), "EDIT", subject, id, c.field(), c.oldValue(),
                    c.newValue()));
          }
          use.audit.append(use.revised(now, actor, "EDIT", row, revision, row.state(),
              "文件 " + row.source() + " 第 " + stored.version() + " 版"));
          return new Outcome(true, revision, stored.version(), changes.size());
        });
  }

  static WorkflowException notFound(long id) {
    return new WorkflowException(WorkflowException.NOT_FOUND, "未找到编号为 " + id + " 的项目");
  }
}
