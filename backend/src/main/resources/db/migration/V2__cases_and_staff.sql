-- Routing, the case workflow and staff accounts. One set of SQL for H2 (MySQL mode) and MySQL/MariaDB.

-- Which units work a case and in what part (township, bureau, lead, police, legal_aid, task_force).
CREATE TABLE case_assignment (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  complaint_id BIGINT       NOT NULL,
  unit         VARCHAR(32)  NOT NULL,
  role         VARCHAR(16)  NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  CONSTRAINT fk_case_assignment_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
  CONSTRAINT uq_case_assignment UNIQUE (complaint_id, unit, role)
);
CREATE INDEX ix_case_assignment_unit ON case_assignment (unit, complaint_id);

-- The case side of a complaint: flags, advice, deadline, resolution (四个一批), follow-up (回访) and rating.
CREATE TABLE case_file (
  complaint_id          BIGINT       NOT NULL PRIMARY KEY,
  flags                 VARCHAR(200) NOT NULL,
  advice_key            VARCHAR(32),
  advice                TEXT,
  deadline_at           DATETIME(6),
  resolution_route      VARCHAR(32),
  resolution_fund       VARCHAR(32),
  amount_recovered_yuan BIGINT,
  workers_paid          INT,
  resolved_at           DATETIME(6),
  followed_up_at        DATETIME(6),
  closed_at             DATETIME(6),
  rating                INT,
  rating_comment        VARCHAR(500),
  rated_at              DATETIME(6),
  CONSTRAINT fk_case_file_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_case_file_deadline ON case_file (deadline_at);

-- The action that made a timeline step, and the sentence the public may read (never a staff member's free text).
ALTER TABLE case_event ADD COLUMN action VARCHAR(32);
ALTER TABLE case_event ADD COLUMN public_note VARCHAR(1000);

CREATE TABLE staff_account (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username      VARCHAR(64)  NOT NULL,
  password_hash VARCHAR(200) NOT NULL,
  role          VARCHAR(16)  NOT NULL,
  unit          VARCHAR(32),
  display_name  VARCHAR(64),
  active        BOOLEAN      NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  CONSTRAINT uq_staff_account_username UNIQUE (username)
);

-- Who saw what they may only see at work: every unmasking of a complainant's phone is one row.
CREATE TABLE audit_event (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  happened_at  DATETIME(6)  NOT NULL,
  actor        VARCHAR(64)  NOT NULL,
  action       VARCHAR(32)  NOT NULL,
  complaint_id BIGINT,
  detail       VARCHAR(200)
);
CREATE INDEX ix_audit_event_complaint ON audit_event (complaint_id);

-- Failed logins per user name, shared by all nodes: too many in a short time and the account waits.
CREATE TABLE login_failure (
  id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username  VARCHAR(64)  NOT NULL,
  failed_at DATETIME(6)  NOT NULL
);
CREATE INDEX ix_login_failure_username ON login_failure (username, failed_at);
CREATE INDEX ix_login_failure_failed_at ON login_failure (failed_at);
