package io.jixiao.store;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;

/**
 * Writes many rows of one table at once, inside the caller's transaction: through {@code COPY …
 * FROM STDIN} on PostgreSQL (pgjdbc's CopyManager), as batched prepared inserts of {@value #CHUNK}
 * rows elsewhere (H2). A row is an array of values in the order of the columns: {@code null},
 * {@link String}, {@link Integer}, {@link Long}, {@link Boolean}, {@link BigDecimal} or {@link
 * OffsetDateTime}. Nothing is returned: callers that need generated ids read them back by a key of
 * their own (e.g. document and position).
 */
public final class RowWriter {

  /** Rows per JDBC batch on H2. */
  static final int CHUNK = 1000;

  private final DataSource dataSource;

  public RowWriter(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Writes {@code rows} into {@code table} ({@code columns} in the order of each row's values).
   *
   * @throws DataAccessException when the database refuses them; the caller's transaction is then
   *     to be rolled back
   */
  public void write(String table, List<String> columns, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    Connection c = DataSourceUtils.getConnection(dataSource);
    try {
      if (c.isWrapperFor(PGConnection.class)) {
        copy(c.unwrap(PGConnection.class), table, columns, rows);
      } else {
        insert(c, table, columns, rows);
      }
    } catch (SQLException e) {
      throw new SQLExceptionSubclassTranslator().translate("write " + table, null, e);
    } catch (IOException e) {
      throw new StoreException("写入 " + table + " 失败：" + e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  /** True when {@code dataSource} is a PostgreSQL database (else H2). */
  public boolean postgres() {
    Connection c = DataSourceUtils.getConnection(dataSource);
    try {
      return c.isWrapperFor(PGConnection.class);
    } catch (SQLException e) {
      return false;
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  private static void copy(PGConnection c, String table, List<String> columns, List<Object[]> rows)
      throws SQLException, IOException {
    StringBuilder text = new StringBuilder(rows.size() * 64);
    for (Object[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        copyValue(text, row[i]);
      }
      text.append('\n');
    }
    c.getCopyAPI()
        .copyIn(
            "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN",
            new StringReader(text.toString()));
  }

  /** One value in COPY's text format: {@code \N} for null, backslash escapes for the rest. */
  static void copyValue(StringBuilder out, Object v) {
    if (v == null) {
      out.append("\\N");
    } else if (v instanceof Boolean b) {
      out.append(b ? 't' : 'f');
    } else if (v instanceof BigDecimal d) {
      out.append(d.toPlainString());
    } else if (v instanceof String s) {
      if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0
          && s.indexOf('\r') < 0) {
        out.append(s); // the usual case: nothing to escape
        return;
      }
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        switch (ch) {
          case '\\' -> out.append("\\\\");
          case '\t' -> out.append("\\t");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          default -> out.append(ch);
        }
      }
    } else {
      out.append(v); // numbers; OffsetDateTime prints ISO 8601, which timestamptz reads
    }
  }

  private static void insert(Connection c, String table, List<String> columns, List<Object[]> rows)
      throws SQLException {
    String sql =
        "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
            + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int pending = 0;
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          if (row[i] == null) {
            s.setNull(i + 1, Types.NULL);
          } else {
            s.setObject(i + 1, row[i]);
          }
        }
        s.addBatch();
        if (++pending == CHUNK) {
          s.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        s.executeBatch();
      }
    }
  }
}
