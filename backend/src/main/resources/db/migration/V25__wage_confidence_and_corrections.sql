-- How sure the analyzer was that a complaint is about unpaid wages (0-1; NULL for complaints filed before it said, or
-- where a person set the answer): routing redirects only below the jurisdiction's threshold.
ALTER TABLE complaint ADD COLUMN wage_confidence DOUBLE;

-- Every staff correction of an analysis, kept as a labelled example for retraining (nlp-export-corrections): the
-- story with the complainant's name and phone numbers taken out, and the full corrected label in the corpus fields.
CREATE TABLE analysis_correction (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  complaint_id BIGINT       NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  unit         VARCHAR(32),
  username     VARCHAR(64)  NOT NULL,
  changed      VARCHAR(200) NOT NULL,
  story        TEXT         NOT NULL,
  lang         VARCHAR(4)   NOT NULL,
  wage_arrears BOOLEAN      NOT NULL,
  sector       VARCHAR(32)  NOT NULL,
  employer     VARCHAR(200),
  amount_yuan  BIGINT,
  workers      INT,
  township     VARCHAR(32),
  absconded    BOOLEAN      NOT NULL,
  CONSTRAINT fk_analysis_correction_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_analysis_correction_complaint ON analysis_correction (complaint_id);
