-- Stored review summaries (issue 18): the dashboard, the lists and the API read each table's grade
-- and its findings per rule from these rows instead of reviewing every visible table on every
-- request. A row describes the content at one place (document source, version, position), which
-- never changes once stored, so a row never goes stale: an edit or a re-import stores a new
-- document version, whose rows are written after it (io.jixiao.web.ReviewSummaries catches up the
-- versions the workflow rows point at, at start and after every change). The review is the
-- table's own (without last year's results, X3 and R1, which only the project page shows to those
-- who read the department's actuals). Portable SQL for H2 2.x (MODE=PostgreSQL) and PostgreSQL 15.

-- A document version whose tables were reviewed (also when it has none).
CREATE TABLE document_review (
  source      VARCHAR(255) NOT NULL,
  doc_version INTEGER NOT NULL,
  reviewed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (source, doc_version)
);

-- One table of a document version: the facts lists show (a published version's facts are read
-- from here while a newer draft is under way), the grade and the count of findings by severity.
CREATE TABLE table_review (
  source       VARCHAR(255) NOT NULL,
  doc_version  INTEGER NOT NULL,
  pos          INTEGER NOT NULL,
  project_name VARCHAR(2000),
  project_code VARCHAR(40),
  budget_total NUMERIC(18, 4),
  grade        VARCHAR(10) NOT NULL,
  errors       INTEGER NOT NULL,
  warnings     INTEGER NOT NULL,
  infos        INTEGER NOT NULL,
  PRIMARY KEY (source, doc_version, pos),
  CONSTRAINT ck_table_review_grade
    CHECK (grade = ANY (ARRAY['EXCELLENT', 'GOOD', 'FAIR', 'POOR'])),
  CONSTRAINT ck_table_review_counts CHECK (errors >= 0 AND warnings >= 0 AND infos >= 0)
);
CREATE INDEX ix_table_review_grade ON table_review (grade);

-- The findings of a table by rule: how many of each severity.
CREATE TABLE table_review_rule (
  source      VARCHAR(255) NOT NULL,
  doc_version INTEGER NOT NULL,
  pos         INTEGER NOT NULL,
  rule        VARCHAR(10) NOT NULL,
  errors      INTEGER NOT NULL,
  warnings    INTEGER NOT NULL,
  infos       INTEGER NOT NULL,
  PRIMARY KEY (source, doc_version, pos, rule)
);
-- "the tables with a finding of rule R" (list filter) and the count per rule (dashboard)
CREATE INDEX ix_table_review_rule_rule ON table_review_rule (rule, source, doc_version, pos);

-- The lists of one year: by year and department, by year and state.
CREATE INDEX ix_target_year_department ON target (budget_year, department, state);
CREATE INDEX ix_target_year_state ON target (budget_year, state);
CREATE INDEX ix_target_location ON target (source, doc_version, pos);
CREATE INDEX ix_target_updated ON target (updated_at);
