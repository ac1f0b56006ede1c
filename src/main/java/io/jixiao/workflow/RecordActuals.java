package io.jixiao.workflow;

import io.jixiao.audit.AuditEntry;
import io.jixiao.model.Indicator;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.monitor.ActualsEntry;
import io.jixiao.monitor.ActualsScope;
import io.jixiao.monitor.ProjectKey;
import io.jixiao.store.StoredActuals;
import io.jixiao.workflow.ImportDocument.Contents;
import io.jixiao.workflow.ProjectWorkflows.Location;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * 填报执行数据: stores lines of actuals of tables that are 已批复 or 已公开, from a form, the API, an
 * uploaded file or the command line alike, in one transaction: the documents' rows are locked, the
 * state of every table checked under the lock, the stored lines read, the lines that change
 * something saved, and an audit entry written for every value and note they change (old and new).
 * Lines equal to the stored ones change nothing and are not saved again.
 */
public final class RecordActuals {

  /** What recording did: lines new, lines replacing a stored line, lines equal to the stored. */
  public record Recorded(int created, int replaced, int unchanged, int changes) {
    public boolean changed() {
      return created + replaced > 0;
    }

    /** {@code 新增 3 项，修改 1 项，未变 2 项}. */
    public String summary() {
      return "新增 " + created + " 项，修改 " + replaced + " 项，未变 " + unchanged + " 项";
    }
  }

  /** A table of a stored document as actuals name it, with its row and content. */
  private record Table(ProjectSummary row, Project project) {}

  /** A stored line: its table, row and month. */
  private record Line(ProjectKey key, ActualsEntry.Kind kind, int indicator, YearMonth period) {
    static Line of(ActualsEntry e) {
      return new Line(e.key(), e.kind(), e.indicator(), e.period());
    }
  }

  private final UseCase use;

  public RecordActuals(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  public RecordActuals(DataSource dataSource, Clock clock) {
    this.use = new UseCase(dataSource, clock);
  }

  /**
   * The tables lines of actuals may be about, for the readers: the tables of the stored documents
   * that are 已批复 or 已公开 (a line about another is an error of the file).
   */
  public ActualsScope scope() {
    Map<String, Map<ProjectKey, Table>> tables = new HashMap<>();
    return (TargetDocument document, Project project) -> {
      Table t = tables.computeIfAbsent(document.source(), this::tables)
          .get(new ProjectKey(document.source(), project.seq()));
      String table = "表 " + project.seq() + "（" + project.displayName() + "）";
      if (t == null) {
        return table + "还没有进入编制流程，批复后才能填报执行数据";
      }
      String closed = t.row().state().actualsRefusal();
      return closed == null ? null : table + closed;
    };
  }

  /**
   * Records {@code entries}.
   *
   * @param file what the lines came from, kept with the import: a file name, {@code 表单 项目 #12}
   * @param action the audit action: {@code ACTUALS} (form, API) or {@code ACTUALS_IMPORT} (file)
   * @throws WorkflowException {@link WorkflowException#ACTUALS_CLOSED} when a table is not (or no
   *     longer) 已批复 or 已公开, {@link WorkflowException#NOT_FOUND} when a line names no table
   */
  public Recorded record(String file, String action, List<ActualsEntry> entries, Actor actor) {
    return use.inTransaction(
        () -> {
          TreeSet<String> sources = new TreeSet<>();
          entries.forEach(e -> sources.add(e.key().source()));
          sources.forEach(use.targets::lockDocument);
          Map<ProjectKey, Table> tables = new HashMap<>();
          Map<Line, ActualsEntry> stored = new HashMap<>();
          for (String source : sources) {
            tables.putAll(tables(source));
            use.actuals.entries(source).forEach(e -> stored.put(Line.of(e), e));
          }
          Instant now = use.clock.instant();
          List<ActualsEntry> changed = new ArrayList<>();
          List<AuditEntry> changes = new ArrayList<>();
          for (ActualsEntry e : entries) {
            Table t = tables.get(e.key());
            if (t == null) {
              throw new WorkflowException(WorkflowException.NOT_FOUND,
                  "“" + e.key().source() + "”中没有进入编制流程的表 " + e.key().seq());
            }
            String closed = t.row().state().actualsRefusal();
            if (closed != null) {
              throw new WorkflowException(WorkflowException.ACTUALS_CLOSED, closed);
            }
            ActualsEntry old = stored.get(Line.of(e));
            if (old != null && old.value().equals(e.value())
                && Objects.equals(old.note(), e.note())) {
              continue;
            }
            changed.add(e);
            String subject = "项目 #" + t.row().id() + " " + t.row().projectName();
            String field = "执行数据 " + e.period() + " " + what(e, t.project());
            if (old == null || !old.value().equals(e.value())) {
              changes.add(AuditEntry.of(now, actor.name(), action, subject, t.row().id(), field,
                  old == null ? null : old.value(), e.value()));
            }
            String oldNote = old == null ? null : old.note();
            if (!Objects.equals(oldNote, e.note())) {
              changes.add(AuditEntry.of(now, actor.name(), action, subject, t.row().id(),
                  field + " 偏差原因", oldNote, e.note()));
            }
          }
          if (changed.isEmpty()) {
            return new Recorded(0, 0, entries.size(), 0);
          }
          StoredActuals saved = use.actuals.save(file, changed);
          use.audit.appendAll(changes);
          return new Recorded(
              saved.created(), saved.replaced(), entries.size() - changed.size(), changes.size());
        });
  }

  /** The tables whose current content is in {@code source}, by the key actuals name them with. */
  private Map<ProjectKey, Table> tables(String source) {
    Contents contents = new Contents(use.store);
    Map<ProjectKey, Table> tables = new HashMap<>();
    for (ProjectSummary row : use.targets.ofSource(source)) {
      Optional<Project> p =
          contents.project(new Location(row.source(), row.docVersion(), row.position()));
      p.ifPresent(project -> tables.put(new ProjectKey(source, project.seq()),
          new Table(row, project)));
    }
    return tables;
  }

  /** The line in words: {@code 累计支出（万元）}, {@code 指标 3（补助学生人数）}. */
  public static String what(ActualsEntry e, Project project) {
    switch (e.kind()) {
      case SPENT:
        return "累计支出（万元）";
      case BUDGET:
        return "调整后预算数（万元）";
      default:
        List<Indicator> indicators = project.indicators();
        String name =
            e.indicator() <= indicators.size() ? indicators.get(e.indicator() - 1).name() : null;
        return "指标 " + e.indicator() + (name == null ? "" : "（" + name + "）");
    }
  }
}
