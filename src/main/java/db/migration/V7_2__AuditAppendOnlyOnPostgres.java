package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, the audit trail is append-only: a trigger refuses every UPDATE, DELETE and
 * TRUNCATE of {@code audit_entry}, whoever the user (also the table's owner; only a superuser or
 * the owner can switch the trigger off, and that is itself a DDL statement the database logs).
 * H2 has no such trigger: there the hash chain shows a change. docs/security.md gives the
 * application role that may only INSERT and SELECT the table.
 */
public class V7_2__AuditAppendOnlyOnPostgres extends BaseJavaMigration {

  private static final String FUNCTION =
      """
      CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END;
      $$ LANGUAGE plpgsql
      """;

  @Override
  public void migrate(Context context) throws Exception {
    if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
      return;
    }
    try (Statement s = context.getConnection().createStatement()) {
      s.execute(FUNCTION);
      s.execute(
          "CREATE TRIGGER audit_entry_no_update_delete BEFORE UPDATE OR DELETE ON audit_entry"
              + " FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()");
      s.execute(
          "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry"
              + " FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()");
    }
  }
}
