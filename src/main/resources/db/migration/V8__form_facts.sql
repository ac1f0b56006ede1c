-- The facts other forms print beyond the classic 项目支出绩效目标表 (issue 13, docs/forms.md,
-- ADR 0017): the model's ProjectFacts, SelfEvaluation and IndicatorFacts, so that a stored
-- document loads back as the same model as its interchange JSON. Plain columns and child tables,
-- no JSON: every fact is a single printed value or a list of them. A classic table (facts NONE)
-- writes no row here, so the seeds store exactly what they stored before.
-- Portable SQL for H2 2.x (MODE=PostgreSQL) and PostgreSQL 15; CHECKs as = ANY (ARRAY[…]) (V6).

-- One row per table read from another form or with cells it could not read.
-- has_self_evaluation tells a 自评表 whose budget figures are all blank from a target table.
CREATE TABLE project_facts (
  project_id          BIGINT PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
  form_kind           VARCHAR(30),
  implementer         VARCHAR(2000),
  attribute           VARCHAR(200),
  category            VARCHAR(2000),
  nature              VARCHAR(2000),
  period              VARCHAR(2000),
  basis               VARCHAR(100000),
  has_self_evaluation BOOLEAN NOT NULL,
  se_initial_budget   NUMERIC(18, 4),
  se_adjusted_budget  NUMERIC(18, 4),
  se_spent            NUMERIC(18, 4),
  se_execution_rate   NUMERIC(12, 4),
  se_budget_weight    NUMERIC(38, 10),
  se_budget_score     NUMERIC(38, 10),
  se_total_score      NUMERIC(38, 10),
  se_grade            VARCHAR(20),
  CONSTRAINT ck_project_facts_form CHECK (form_kind = ANY (ARRAY['TARGET',
    'DECLARATION', 'OVERALL', 'SELF_EVALUATION', 'OVERALL_SELF_EVALUATION']))
);

-- 长期目标 of a 申报表, in printed order.
CREATE TABLE long_term_goal (
  project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  pos        INTEGER NOT NULL,
  text       VARCHAR(100000) NOT NULL,
  PRIMARY KEY (project_id, pos)
);

-- Cells that could not be read into their field, kept as printed (ADR 0015).
CREATE TABLE unparsed_cell (
  project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  pos        INTEGER NOT NULL,
  field      VARCHAR(500) NOT NULL,
  printed    VARCHAR(100000) NOT NULL,
  PRIMARY KEY (project_id, pos)
);

-- An indicator's facts (长期/年度 block, 权重, 指标方向性, 备注; 完成值, 得分, 原因 of a 自评表), keyed
-- by the indicator's position in its table like indicator.pos; a row only when it has any.
CREATE TABLE indicator_facts (
  project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  pos        INTEGER NOT NULL,
  term       VARCHAR(10),
  weight     NUMERIC(38, 10),
  direction  VARCHAR(200),
  remark     VARCHAR(100000),
  actual     VARCHAR(100000),
  score      NUMERIC(38, 10),
  reason     VARCHAR(100000),
  PRIMARY KEY (project_id, pos),
  CONSTRAINT ck_indicator_facts_term CHECK (term = ANY (ARRAY['LONG', 'ANNUAL']))
);
