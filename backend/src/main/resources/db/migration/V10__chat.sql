-- Guided chat conversations. The whole dialogue state is one JSON document, so any node can continue any
-- conversation; turns on one conversation are serialised with SELECT ... FOR UPDATE on its row.
CREATE TABLE chat_session (
  id             VARCHAR(32)  NOT NULL PRIMARY KEY,
  lang           VARCHAR(4)   NOT NULL,
  expecting      VARCHAR(16)  NOT NULL,
  state          TEXT         NOT NULL,
  tracking_code  VARCHAR(16),
  created_at     DATETIME(6)  NOT NULL,
  updated_at     DATETIME(6)  NOT NULL
);
CREATE INDEX ix_chat_session_updated_at ON chat_session (updated_at);
