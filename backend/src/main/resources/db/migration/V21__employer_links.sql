-- Complaints by normalised employer name: repeat employers (3+ complaints, the 失信 signal) and group complaints
-- (same employer, same township, within 30 days). One set of SQL for H2 (MySQL mode) and MariaDB.
CREATE TABLE employer_link (
  complaint_id BIGINT       NOT NULL PRIMARY KEY,
  employer_key VARCHAR(200) NOT NULL,
  employer     VARCHAR(200) NOT NULL,
  township     VARCHAR(32),
  filed_at     DATETIME(6)  NOT NULL,
  group_id     BIGINT,
  CONSTRAINT fk_employer_link_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_employer_link_key ON employer_link (employer_key, filed_at);
CREATE INDEX ix_employer_link_group ON employer_link (group_id);
