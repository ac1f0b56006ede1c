package io.jixiao.web;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import io.jixiao.monitor.ActualsEntry;
import io.jixiao.monitor.ProjectKey;
import io.jixiao.store.ActualsStore;
import io.jixiao.store.StoredActuals;
import io.jixiao.model.Indicator;
import io.jixiao.workflow.TargetSummary;
import io.jixiao.workflow.Targets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores accepted lines of actuals and writes an audit entry for every value and note they change
 * (old and new, with the actor), in one transaction: the documents' tables are locked, the stored
 * lines read, the lines that change something saved through {@link ActualsStore}, the audit
 * written. Lines equal to the stored ones change nothing and are not saved again.
 */
@Component
class ActualsRecording {

  /** What recording did: lines new, lines replacing a stored line, lines equal to the stored. */
  record Recorded(int created, int replaced, int unchanged, int changes) {
    boolean changed() {
      return created + replaced > 0;
    }

    /** {@code 新增 3 项，修改 1 项，未变 2 项}. */
    String summary() {
      return "新增 " + created + " 项，修改 " + replaced + " 项，未变 " + unchanged + " 项";
    }
  }

  /** A stored line: its table, row and month. */
  private record Line(ProjectKey key, ActualsEntry.Kind kind, int indicator, YearMonth period) {
    static Line of(ActualsEntry e) {
      return new Line(e.key(), e.kind(), e.indicator(), e.period());
    }
  }

  private final ActualsStore store;
  private final Targets targets;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final Catalog catalog;

  ActualsRecording(
      ActualsStore store,
      Targets targets,
      AuditLog audit,
      TransactionTemplate transaction,
      Clock clock,
      Catalog catalog) {
    this.catalog = catalog;
    this.store = store;
    this.targets = targets;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * Records {@code entries}, all about tables of {@code tables}.
   *
   * @param file what the lines came from, kept with the import: a file name, {@code 表单 项目 #12}
   * @param action the audit action: {@code ACTUALS} (form, API) or {@code ACTUALS_IMPORT} (file)
   * @throws WebException 403 when a table is no longer open for actuals (checked under the lock)
   */
  Recorded record(
      String file, String action, List<ActualsEntry> entries, ActualsTables tables, Account actor) {
    return transaction.execute(
        status -> {
          TreeSet<String> sources = new TreeSet<>();
          entries.forEach(e -> sources.add(e.key().source()));
          sources.forEach(targets::lockDocument);
          Map<Line, ActualsEntry> stored = new HashMap<>();
          for (String source : sources) {
            store.entries(source).forEach(e -> stored.put(Line.of(e), e));
          }
          Instant now = clock.instant();
          List<ActualsEntry> changed = new ArrayList<>();
          List<AuditEntry> changes = new ArrayList<>();
          Set<Long> checked = new HashSet<>();
          for (ActualsEntry e : entries) {
            ActualsTables.Table t = tables.table(e.key());
            if (checked.add(t.summary().id())) {
              requireOpen(t.summary().id());
            }
            ActualsEntry old = stored.get(Line.of(e));
            if (old != null
                && old.value().equals(e.value())
                && Objects.equals(old.note(), e.note())) {
              continue;
            }
            changed.add(e);
            String subject = "项目 #" + t.summary().id() + " " + t.summary().projectName();
            String field = "执行数据 " + e.period() + " " + what(e, t);
            if (old == null || !old.value().equals(e.value())) {
              changes.add(
                  AuditEntry.of(now, actor.getUsername(), action, subject, t.summary().id(), field,
                      old == null ? null : old.value(), e.value()));
            }
            String oldNote = old == null ? null : old.note();
            if (!Objects.equals(oldNote, e.note())) {
              changes.add(
                  AuditEntry.of(now, actor.getUsername(), action, subject, t.summary().id(),
                      field + " 偏差原因", oldNote, e.note()));
            }
          }
          if (changed.isEmpty()) {
            return new Recorded(0, 0, entries.size(), 0);
          }
          StoredActuals saved = store.save(file, changed);
          audit.appendAll(changes);
          catalog.resultsChanged();
          return new Recorded(
              saved.created(), saved.replaced(), entries.size() - changed.size(), changes.size());
        });
  }

  /** Refuses when table {@code id} is no longer open for actuals. */
  private void requireOpen(long id) {
    TargetSummary now =
        targets.summary(id).orElseThrow(() -> WebException.notFound("未找到编号为 " + id + " 的项目"));
    String closed = ActualsTables.closed(now.state());
    if (closed != null) {
      throw WebException.forbidden(closed);
    }
  }

  /** The line in words: {@code 累计支出（万元）}, {@code 指标 3（补助学生人数）}. */
  static String what(ActualsEntry e, ActualsTables.Table t) {
    switch (e.kind()) {
      case SPENT:
        return "累计支出（万元）";
      case BUDGET:
        return "调整后预算数（万元）";
      default:
        List<Indicator> indicators = t.project().indicators();
        String name =
            e.indicator() <= indicators.size() ? indicators.get(e.indicator() - 1).name() : null;
        return "指标 " + e.indicator() + (name == null ? "" : "（" + name + "）");
    }
  }
}
