package io.jixiao.store;

import io.jixiao.monitor.Achievement;
import io.jixiao.monitor.Actuals;
import io.jixiao.monitor.ActualsEntry;
import io.jixiao.monitor.ActualsReadResult;
import io.jixiao.monitor.ProjectKey;
import io.jixiao.model.TargetValue;
import io.jixiao.model.TargetValues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores actuals, one transaction per imported file: each line replaces the line of the same table,
 * row and month imported before and leaves every other line alone, so a department can send June's
 * figures and later December's. {@link #load(String)} gives the {@link Actuals} of a document's
 * tables, built from the stored lines exactly as the reader builds them from a file.
 *
 * <p>Plain objects over a {@link DataSource}: no Spring context is needed.
 */
public final class ActualsStore {

  /** Sources bound in one {@code IN} list: well under PostgreSQL's 32,767 parameters. */
  private static final int SOURCES_PER_QUERY = 500;

  /** NUMERIC(18, 6): twelve digits before the point. */
  private static final int AMOUNT_INTEGER_DIGITS = 12;

  private static final int NUMBER_SCALE = 10;

  /** Added to the indicator rows of parked lines while they move ({@link #move}). */
  private static final int PARK = 1_000_000;
  private static final int NUMBER_INTEGER_DIGITS = 28;

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final Consumer<ActualsEntry> afterEntry;

  public ActualsStore(DataSource dataSource) {
    this(dataSource, Clock.systemUTC(), e -> {});
  }

  /**
   * @param afterEntry called inside the transaction after each line is written (tests use it to
   *     fail in the middle of an import)
   */
  ActualsStore(DataSource dataSource, Clock clock, Consumer<ActualsEntry> afterEntry) {
    this.jdbc = JdbcClient.create(dataSource);
    this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.clock = clock;
    this.afterEntry = afterEntry;
  }

  /**
   * Saves what a file read without errors.
   *
   * @throws IllegalArgumentException when the file had errors: such a file is never stored
   */
  public StoredActuals save(ActualsReadResult result) {
    if (!result.ok()) {
      throw new IllegalArgumentException(
          result.file() + " has errors and must not be stored: " + result.errors());
    }
    return save(result.file(), result.entries());
  }

  /**
   * Saves the lines of one file in one transaction.
   *
   * @throws IllegalArgumentException when two entries are the same line
   * @throws StoreException when they cannot be saved; then nothing of them was written
   */
  public StoredActuals save(String file, Collection<ActualsEntry> entries) {
    Objects.requireNonNull(file, "file");
    ActualsEntry.assemble(entries); // refuses the same line twice
    for (ActualsEntry e : entries) {
      if (e.kind() != ActualsEntry.Kind.INDICATOR) {
        BigDecimal a = e.amount().wan();
        if (a.precision() - a.scale() > AMOUNT_INTEGER_DIGITS) {
          throw new StoreException(
              file + " 保存失败，未写入任何内容：表 " + e.key().seq() + " 的金额 " + a.toPlainString() + " 万元过大",
              null);
        }
      }
    }
    try {
      return transaction.execute(status -> saveInTransaction(file, entries));
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException(file + " 保存失败，未写入任何内容：" + Database.rootMessage(e), e);
    }
  }

  private StoredActuals saveInTransaction(String file, Collection<ActualsEntry> entries) {
    OffsetDateTime now =
        OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO actuals_import (file, imported_at, entries) VALUES (:file, :at, :entries)")
        .param("file", file)
        .param("at", now)
        .param("entries", entries.size())
        .update(key, "id");
    long id = key.getKey().longValue();
    int created = 0;
    int replaced = 0;
    for (ActualsEntry e : entries) {
      if (delete(e) > 0) {
        replaced++;
      } else {
        created++;
      }
      insert(e, id);
      afterEntry.accept(e);
    }
    return new StoredActuals(file, id, created, replaced);
  }

  private int delete(ActualsEntry e) {
    String table = table(e.kind());
    String sql =
        "DELETE FROM "
            + table
            + " WHERE source = :source AND seq = :seq AND period_end = :period"
            + (e.kind() == ActualsEntry.Kind.INDICATOR ? " AND indicator_row = :row" : "");
    var q =
        jdbc.sql(sql)
            .param("source", e.key().source())
            .param("seq", e.key().seq())
            .param("period", e.period().atEndOfMonth());
    if (e.kind() == ActualsEntry.Kind.INDICATOR) {
      q = q.param("row", e.indicator());
    }
    return q.update();
  }

  private void insert(ActualsEntry e, long importId) {
    if (e.kind() != ActualsEntry.Kind.INDICATOR) {
      jdbc.sql(
              "INSERT INTO "
                  + table(e.kind())
                  + " (source, seq, period_end, amount, note, import_id)"
                  + " VALUES (:source, :seq, :period, :amount, :note, :import)")
          .param("source", e.key().source())
          .param("seq", e.key().seq())
          .param("period", e.period().atEndOfMonth())
          .param("amount", e.amount().wan())
          .param("note", e.note())
          .param("import", importId)
          .update();
      return;
    }
    TargetValue value = TargetValues.parse(e.value());
    BigDecimal number = null;
    String unit = null;
    if (value instanceof TargetValue.Quantity) {
      TargetValue.Quantity q = (TargetValue.Quantity) value;
      number = fitNumber(q.number());
      unit = q.unit();
    }
    Achievement grade = Achievement.of(e.value());
    jdbc.sql(
            "INSERT INTO indicator_actual (source, seq, indicator_row, period_end, value_text,"
                + " kind, sign_code, number, unit, achievement, note, import_id) VALUES (:source,"
                + " :seq, :row, :period, :value, :kind, :sign, :number, :unit, :achievement, :note,"
                + " :import)")
        .param("source", e.key().source())
        .param("seq", e.key().seq())
        .param("row", e.indicator())
        .param("period", e.period().atEndOfMonth())
        .param("value", e.value())
        .param("kind", DocumentWriter.kind(value))
        .param("sign", value.sign().code())
        .param("number", number)
        .param("unit", unit)
        .param("achievement", grade == null ? null : grade.name())
        .param("note", e.note())
        .param("import", importId)
        .update();
  }

  private static String table(ActualsEntry.Kind kind) {
    switch (kind) {
      case SPENT:
        return "spending_actual";
      case BUDGET:
        return "budget_adjustment";
      default:
        return "indicator_actual";
    }
  }

  /** The parsed number rounded to the column, or null when it is too large for it. */
  private static BigDecimal fitNumber(BigDecimal n) {
    BigDecimal v = n.scale() > NUMBER_SCALE ? n.setScale(NUMBER_SCALE, RoundingMode.HALF_UP) : n;
    return v.precision() - v.scale() > NUMBER_INTEGER_DIGITS ? null : v;
  }

  /**
   * A table's stored actuals moving to another key (its document or number changed) with its
   * indicator rows renumbered ({@code rows}: old row → new row; rows not named keep their number).
   */
  public record Move(ProjectKey from, ProjectKey to, Map<Integer, Integer> rows) {
    public Move {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      rows = Map.copyOf(rows);
    }
  }

  /**
   * Moves the stored actuals of tables to their new keys, all at once (so that two tables may swap
   * numbers and rows may swap places): first every line moved is parked under a key of its own,
   * then written to its new key. Runs in the caller's transaction.
   */
  public void move(Collection<Move> moves) {
    List<Move> list = List.copyOf(moves);
    String nonce = Long.toString(System.nanoTime(), 36);
    for (int i = 0; i < list.size(); i++) {
      Move m = list.get(i);
      String parked = "~move~" + nonce + "~" + i;
      for (String table : List.of("spending_actual", "budget_adjustment", "indicator_actual")) {
        jdbc.sql("UPDATE " + table + " SET source = :parked"
                + (table.equals("indicator_actual") ? ", indicator_row = indicator_row + " + PARK
                    : "")
                + " WHERE source = :source AND seq = :seq")
            .param("parked", parked)
            .param("source", m.from().source())
            .param("seq", m.from().seq())
            .update();
      }
    }
    for (int i = 0; i < list.size(); i++) {
      Move m = list.get(i);
      String parked = "~move~" + nonce + "~" + i;
      for (Map.Entry<Integer, Integer> r : m.rows().entrySet()) {
        jdbc.sql("UPDATE indicator_actual SET indicator_row = :to"
                + " WHERE source = :parked AND indicator_row = :from")
            .param("to", r.getValue() + 2 * PARK)
            .param("parked", parked)
            .param("from", r.getKey() + PARK)
            .update();
      }
      jdbc.sql("UPDATE indicator_actual SET indicator_row = indicator_row - "
              + PARK + " WHERE source = :parked AND indicator_row >= " + PARK)
          .param("parked", parked)
          .update();
      jdbc.sql("UPDATE indicator_actual SET indicator_row = indicator_row - "
              + PARK + " WHERE source = :parked AND indicator_row >= " + PARK)
          .param("parked", parked)
          .update();
      for (String table : List.of("spending_actual", "budget_adjustment", "indicator_actual")) {
        jdbc.sql("UPDATE " + table + " SET source = :source, seq = :seq WHERE source = :parked")
            .param("source", m.to().source())
            .param("seq", m.to().seq())
            .param("parked", parked)
            .update();
      }
    }
  }

  /** The indicator rows of table {@code key} that have stored actuals. */
  public Set<Integer> indicatorRows(ProjectKey key) {
    return Set.copyOf(
        jdbc.sql("SELECT DISTINCT indicator_row FROM indicator_actual"
                + " WHERE source = :source AND seq = :seq")
            .param("source", key.source())
            .param("seq", key.seq())
            .query(Integer.class)
            .list());
  }

  /** True when table {@code key} has any stored actuals. */
  public boolean any(ProjectKey key) {
    String sql = "SELECT COUNT(*) FROM %s WHERE source = :source AND seq = :seq";
    int n = 0;
    for (String table : List.of("spending_actual", "budget_adjustment", "indicator_actual")) {
      n += jdbc.sql(String.format(sql, table))
          .param("source", key.source())
          .param("seq", key.seq())
          .query(Integer.class)
          .single();
    }
    return n > 0;
  }

  /**
   * The actuals of the tables of the document imported from {@code source}; none when never saved.
   */
  public Actuals load(String source) {
    return load(List.of(source));
  }

  /** The actuals of the tables of several documents. */
  public Actuals load(Collection<String> sources) {
    return ActualsEntry.assemble(entries(sources));
  }

  /**
   * The latest month reported for any table of the documents imported from {@code sources} (a
   * spending line or an indicator's actual; a budget adjustment is no report), as {@link
   * io.jixiao.monitor.ProjectActuals#lastPeriod} over {@link #load(Collection)} would give, without
   * loading a line: a {@code MAX} per primary key prefix, a page of sources at a time. Empty when
   * none was reported.
   */
  public Optional<YearMonth> lastPeriod(Collection<String> sources) {
    List<String> all = List.copyOf(sources);
    LocalDate latest = null;
    try {
      for (int from = 0; from < all.size(); from += SOURCES_PER_QUERY) {
        List<String> page = all.subList(from, Math.min(all.size(), from + SOURCES_PER_QUERY));
        for (String table : List.of("spending_actual", "indicator_actual")) {
          LocalDate max =
              jdbc.sql("SELECT MAX(period_end) FROM " + table + " WHERE source IN (:sources)")
                  .param("sources", page)
                  .query((rs, n) -> rs.getObject(1, LocalDate.class))
                  .optional()
                  .orElse(null);
          if (max != null && (latest == null || max.isAfter(latest))) {
            latest = max;
          }
        }
      }
    } catch (DataAccessException e) {
      throw new StoreException("读取数据库失败：" + Database.rootMessage(e), e);
    }
    return Optional.ofNullable(latest).map(YearMonth::from);
  }

  /**
   * A number that changes whenever actuals are stored (the newest import's id; 0 when none):
   * readers that cache what they computed from stored actuals compare it.
   */
  public long stamp() {
    try {
      return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM actuals_import").query(Long.class).single();
    } catch (DataAccessException e) {
      throw new StoreException("读取数据库失败：" + Database.rootMessage(e), e);
    }
  }

  /** The stored lines of a document's tables, ordered by table, row and month. */
  public List<ActualsEntry> entries(String source) {
    return entries(List.of(source));
  }

  private List<ActualsEntry> entries(Collection<String> sources) {
    if (sources.isEmpty()) {
      return List.of();
    }
    List<ActualsEntry> entries = new ArrayList<>();
    try {
      for (ActualsEntry.Kind kind : ActualsEntry.Kind.values()) {
        boolean indicator = kind == ActualsEntry.Kind.INDICATOR;
        String sql =
            indicator
                ? "SELECT source, seq, indicator_row, period_end, value_text, note"
                    + " FROM indicator_actual WHERE source IN (:sources)"
                    + " ORDER BY source, seq, indicator_row, period_end"
                : "SELECT source, seq, period_end, amount, note FROM "
                    + table(kind)
                    + " WHERE source IN (:sources) ORDER BY source, seq, period_end";
        entries.addAll(
            jdbc.sql(sql)
                .param("sources", List.copyOf(sources))
                .query((rs, n) -> entry(rs, kind))
                .list());
      }
    } catch (DataAccessException e) {
      throw new StoreException("读取数据库失败：" + Database.rootMessage(e), e);
    }
    return entries;
  }

  private static ActualsEntry entry(ResultSet rs, ActualsEntry.Kind kind) throws SQLException {
    ProjectKey key = new ProjectKey(rs.getString("source"), rs.getInt("seq"));
    YearMonth period = YearMonth.from(rs.getObject("period_end", LocalDate.class));
    String note = rs.getString("note");
    if (kind == ActualsEntry.Kind.INDICATOR) {
      return ActualsEntry.indicator(
          key, rs.getInt("indicator_row"), period, rs.getString("value_text"), note);
    }
    return new ActualsEntry(key, kind, 0, period, rs.getBigDecimal("amount").toPlainString(), note);
  }
}
