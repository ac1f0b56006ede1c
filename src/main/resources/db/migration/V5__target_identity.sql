-- A table's identity (ADR 0010): the workflow row of a 绩效目标表 is keyed by its department, its
-- budget year and its identity key (项目编码, else the normalised project name with the unit;
-- io.jixiao.model.ProjectIdentity), no longer by its document's source and its position there. The
-- row says where the table's current content lives (source, doc_version, pos) and, while a newer
-- draft of a published table is under way, where its published content lives (published_*).
-- Portable SQL for H2 2.x (MODE=PostgreSQL) and PostgreSQL 15.

-- Existing rows get a provisional key that is unique as (source, pos) was; the application
-- replaces it with the table's identity when it starts (ProjectTables.catchUp), which needs the
-- normalisation rules of the model and reads the stored documents.
ALTER TABLE target ADD COLUMN identity_key VARCHAR(300);
UPDATE target SET identity_key = 'legacy:' || source || '#' || pos;
ALTER TABLE target ALTER COLUMN identity_key SET NOT NULL;

-- FALSE when the table is no longer in the current version of its document (a re-import left it
-- out): the row and its history stay.
ALTER TABLE target ADD COLUMN present BOOLEAN DEFAULT TRUE NOT NULL;

-- Where the published content lives while a new version is a draft (else all NULL).
ALTER TABLE target ADD COLUMN published_source VARCHAR(255);
ALTER TABLE target ADD COLUMN published_version INTEGER;
ALTER TABLE target ADD COLUMN published_pos INTEGER;

ALTER TABLE target DROP CONSTRAINT uq_target_position;
-- One row per table and year of a department; a document without a department or year is one scope
-- of its own (NULLS NOT DISTINCT).
ALTER TABLE target ADD CONSTRAINT uq_target_identity
  UNIQUE NULLS NOT DISTINCT (department, budget_year, identity_key);
CREATE INDEX ix_target_source ON target (source);

-- TRUE once the workflow rows were brought up to date with this document version (by the import
-- use case, in the transaction that stored it). Versions that the rows of an older build show are
-- up to date; the others (stored by an older command line without rows) are caught up at start.
ALTER TABLE document ADD COLUMN workflow_synced BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE document SET workflow_synced = TRUE WHERE EXISTS (
  SELECT 1 FROM target t WHERE t.source = document.source AND t.doc_version = document.version);
