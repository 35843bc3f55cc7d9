-- The SMS outbox: a message row is written in the transaction that changed the case, and a sender delivers it at
-- least once. state: pending -> sending (claimed, until claimed_until) -> sent, or back to pending with a later
-- next_attempt_at after a failure, or failed after the last attempt. One set of SQL for H2 (MySQL mode) and MariaDB.
CREATE TABLE notification_outbox (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  complaint_id    BIGINT       NOT NULL,
  kind            VARCHAR(32)  NOT NULL,
  phone           VARCHAR(20)  NOT NULL,
  lang            VARCHAR(4)   NOT NULL,
  body            VARCHAR(500) NOT NULL,
  state           VARCHAR(16)  NOT NULL,
  attempts        INT          NOT NULL,
  next_attempt_at DATETIME(6)  NOT NULL,
  claimed_until   DATETIME(6),
  last_error      VARCHAR(200),
  created_at      DATETIME(6)  NOT NULL,
  sent_at         DATETIME(6),
  CONSTRAINT ck_notification_outbox_state CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
  CONSTRAINT fk_notification_outbox_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_notification_outbox_due ON notification_outbox (state, next_attempt_at);
CREATE INDEX ix_notification_outbox_complaint ON notification_outbox (complaint_id);
