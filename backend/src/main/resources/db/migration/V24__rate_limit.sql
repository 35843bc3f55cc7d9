-- Rate-limit counts shared by all nodes: requests admitted per bucket (filing, chat, tracking), client address and
-- fixed window. window_start and expires_at are epoch milliseconds, the window's start and end (both in the key, so
-- windows of different lengths never share a row), so every node and both databases compare plain numbers. Nodes add their counts with INSERT ... ON DUPLICATE KEY UPDATE every
-- sync interval and delete rows whose window has ended.
CREATE TABLE rate_limit_count (
  bucket       VARCHAR(16)  NOT NULL,
  client       VARCHAR(64)  NOT NULL,
  window_start BIGINT       NOT NULL,
  hits         INT          NOT NULL,
  expires_at   BIGINT       NOT NULL,
  PRIMARY KEY (window_start, expires_at, client, bucket)
);
CREATE INDEX ix_rate_limit_count_expires ON rate_limit_count (expires_at);
