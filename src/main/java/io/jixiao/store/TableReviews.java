package io.jixiao.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored review summaries of the tables of document versions (V12): what lists and the
 * dashboard read instead of reviewing every table per request. A document version's content never
 * changes, so its summaries are written once; {@link #unreviewed()} names the versions that the
 * workflow rows point at and that have none yet (stored by the command line, by an older build, or
 * just now).
 */
public final class TableReviews {

  /** A document version. */
  public record Version(String source, int version) {}

  /** The findings of one rule in one table, by severity. */
  public record RuleCount(String rule, int errors, int warnings, int infos) {}

  /**
   * One table's summary.
   *
   * @param position the 1-based position in the document version
   * @param grade EXCELLENT, GOOD, FAIR or POOR
   */
  public record Row(
      int position,
      String projectName,
      String projectCode,
      BigDecimal budgetTotal,
      String grade,
      int errors,
      int warnings,
      int infos,
      List<RuleCount> rules) {}

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;
  private final TransactionTemplate transaction;

  public TableReviews(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.batch = new NamedParameterJdbcTemplate(dataSource);
    this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  /**
   * The document versions that a present workflow row shows (its current or its published content)
   * and whose tables have no stored summary, oldest first.
   */
  public List<Version> unreviewed() {
    return jdbc.sql(
            "SELECT DISTINCT v.source, v.doc_version FROM ("
                + " SELECT source, doc_version FROM target WHERE present = TRUE"
                + " UNION SELECT published_source, published_version FROM target"
                + " WHERE present = TRUE AND published_source IS NOT NULL) v"
                + " WHERE NOT EXISTS (SELECT 1 FROM document_review r"
                + " WHERE r.source = v.source AND r.doc_version = v.doc_version)"
                + " ORDER BY v.source, v.doc_version")
        .query((rs, n) -> new Version(rs.getString(1), rs.getInt(2)))
        .list();
  }

  /**
   * Stores the summaries of the tables of {@code version} in one transaction; a version stored
   * meanwhile by another process is left as it is.
   *
   * @return false when the version already had summaries
   */
  public boolean save(Version version, List<Row> rows, Instant at) {
    Boolean saved =
        transaction.execute(
            status -> {
              int inserted =
                  jdbc.sql(
                          "INSERT INTO document_review (source, doc_version, reviewed_at)"
                              + " SELECT :source, :version, :at WHERE NOT EXISTS (SELECT 1 FROM"
                              + " document_review WHERE source = :source AND doc_version = :version)")
                      .param("source", version.source())
                      .param("version", version.version())
                      .param("at", at.atOffset(ZoneOffset.UTC))
                      .update();
              if (inserted == 0) {
                return false;
              }
              List<SqlParameterSource> tables = new ArrayList<>();
              List<SqlParameterSource> rules = new ArrayList<>();
              for (Row r : rows) {
                tables.add(
                    new MapSqlParameterSource(
                        Map.of("source", version.source(), "version", version.version(),
                            "pos", r.position(), "grade", r.grade(), "errors", r.errors(),
                            "warnings", r.warnings(), "infos", r.infos()))
                        .addValue("name", r.projectName())
                        .addValue("code", r.projectCode())
                        .addValue("budget", r.budgetTotal()));
                for (RuleCount c : r.rules()) {
                  rules.add(
                      new MapSqlParameterSource(
                          Map.of("source", version.source(), "version", version.version(),
                              "pos", r.position(), "rule", c.rule(), "errors", c.errors(),
                              "warnings", c.warnings(), "infos", c.infos())));
                }
              }
              batch.batchUpdate(
                  "INSERT INTO table_review (source, doc_version, pos, project_name, project_code,"
                      + " budget_total, grade, errors, warnings, infos) VALUES (:source, :version,"
                      + " :pos, :name, :code, :budget, :grade, :errors, :warnings, :infos)",
                  tables.toArray(SqlParameterSource[]::new));
              batch.batchUpdate(
                  "INSERT INTO table_review_rule (source, doc_version, pos, rule, errors,"
                      + " warnings, infos) VALUES (:source, :version, :pos, :rule, :errors,"
                      + " :warnings, :infos)",
                  rules.toArray(SqlParameterSource[]::new));
              return true;
            });
    return Boolean.TRUE.equals(saved);
  }
}
