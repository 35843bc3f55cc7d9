-- One set of SQL for the embedded H2 (MySQL mode) and MySQL/MariaDB.
CREATE TABLE complaint (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tracking_code     VARCHAR(16)  NOT NULL,
  channel           VARCHAR(16)  NOT NULL,
  lang              VARCHAR(4)   NOT NULL,
  status            VARCHAR(16)  NOT NULL,
  story             TEXT         NOT NULL,
  complainant_name  VARCHAR(64),
  complainant_phone VARCHAR(20)  NOT NULL,
  wage_arrears      BOOLEAN,
  sector            VARCHAR(32),
  sector_confidence DOUBLE,
  employer          VARCHAR(200),
  amount_yuan       BIGINT,
  workers           INT,
  township          VARCHAR(32),
  absconded         BOOLEAN,
  created_at        DATETIME(6)  NOT NULL,
  updated_at        DATETIME(6)  NOT NULL,
  CONSTRAINT uq_complaint_tracking_code UNIQUE (tracking_code)
);
CREATE INDEX ix_complaint_created_at ON complaint (created_at);

CREATE TABLE case_event (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  complaint_id BIGINT       NOT NULL,
  happened_at  DATETIME(6)  NOT NULL,
  status       VARCHAR(16)  NOT NULL,
  note         VARCHAR(500),
  actor        VARCHAR(64),
  CONSTRAINT fk_case_event_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_case_event_complaint ON case_event (complaint_id);

-- A client may retry a POST with the same Idempotency-Key; the first answer is kept and replayed byte for byte.
CREATE TABLE idempotency_key (
  idem_key      VARCHAR(100) NOT NULL PRIMARY KEY,
  request_hash  CHAR(64)     NOT NULL,
  complaint_id  BIGINT,
  response_body TEXT,
  created_at    DATETIME(6)  NOT NULL
);
CREATE INDEX ix_idempotency_key_created_at ON idempotency_key (created_at);
