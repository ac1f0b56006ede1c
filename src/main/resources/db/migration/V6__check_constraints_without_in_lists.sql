-- CHECK constraints that do not depend on the session that created them (issue 12, ADR 0013).
-- H2 2.4.240 evaluates a CHECK (col IN ('A', 'B')) with the compare mode of the session that ran
-- the CREATE; once the pool retires that connection, every write the constraint checks fails with
-- "Check constraint invalid … The database has been closed" until the database is reopened
-- (h2database issues 4292, 4308). H2 also turns col = 'A' OR col = 'B' into the same IN list.
-- col = ANY (ARRAY[…]) is evaluated without that session, and it is what PostgreSQL makes of an
-- IN list anyway. New CHECK constraints must use this form (RecycledConnectionsTest keeps it so).
-- Portable SQL for H2 2.x (MODE=PostgreSQL) and PostgreSQL 15.

ALTER TABLE project DROP CONSTRAINT ck_project_taxonomy;
ALTER TABLE project ADD CONSTRAINT ck_project_taxonomy
  CHECK (taxonomy = ANY (ARRAY['CLASSIC', 'GUIDELINE_2021']));

ALTER TABLE indicator DROP CONSTRAINT ck_indicator_kind;
ALTER TABLE indicator ADD CONSTRAINT ck_indicator_kind
  CHECK (kind = ANY (ARRAY['QUANTITY', 'DEADLINE', 'RELATIVE', 'QUALITATIVE', 'BLANK',
    'UNPARSED']));

ALTER TABLE app_user DROP CONSTRAINT ck_app_user_role;
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_role
  CHECK (user_role = ANY (ARRAY['DEPT_EDITOR', 'FINANCE_REVIEWER', 'ADMIN', 'AUDITOR']));

ALTER TABLE target DROP CONSTRAINT ck_target_state;
ALTER TABLE target ADD CONSTRAINT ck_target_state
  CHECK (state = ANY (ARRAY['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED']));

ALTER TABLE indicator_actual DROP CONSTRAINT ck_indicator_actual_kind;
ALTER TABLE indicator_actual ADD CONSTRAINT ck_indicator_actual_kind
  CHECK (kind = ANY (ARRAY['QUANTITY', 'DEADLINE', 'RELATIVE', 'QUALITATIVE', 'BLANK',
    'UNPARSED']));

ALTER TABLE indicator_actual DROP CONSTRAINT ck_indicator_actual_achievement;
ALTER TABLE indicator_actual ADD CONSTRAINT ck_indicator_actual_achievement
  CHECK (achievement = ANY (ARRAY['ACHIEVED', 'MOSTLY', 'PARTLY', 'NOT_ACHIEVED']));
