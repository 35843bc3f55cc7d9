-- Evidence photos (欠条, wage slip, attendance sheet), up to 3 per complaint, kept in the database so every node
-- serves them. MEDIUMBLOB holds up to 16 MB on MySQL/MariaDB; H2 (MySQL mode) reads it as BLOB.
CREATE TABLE evidence_photo (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  complaint_id BIGINT       NOT NULL,
  content_type VARCHAR(16)  NOT NULL,
  size_bytes   INT          NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  data         MEDIUMBLOB   NOT NULL,
  uploaded_by  VARCHAR(64)  NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  CONSTRAINT fk_evidence_photo_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_evidence_photo_complaint ON evidence_photo (complaint_id);
