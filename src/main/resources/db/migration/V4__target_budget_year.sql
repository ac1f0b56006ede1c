-- The budget year (年度) on the workflow row of each target table, copied from its document's
-- department like the other facts lists show, so that pages select one year without loading
-- documents. NULL when the document names no year (such tables are shown in every year).
-- Portable SQL for H2 2.x (MODE=PostgreSQL) and PostgreSQL 15; the column avoids the word YEAR,
-- which H2 reserves.

ALTER TABLE target ADD COLUMN budget_year INTEGER;

-- Existing rows: the year of the document version the row shows.
UPDATE target SET budget_year = (
  SELECT dep.budget_year
  FROM document d JOIN department dep ON dep.id = d.department_id
  WHERE d.source = target.source AND d.version = target.doc_version);

CREATE INDEX ix_target_budget_year ON target (budget_year);
