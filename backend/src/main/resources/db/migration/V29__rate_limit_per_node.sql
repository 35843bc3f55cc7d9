-- Rate-limit counts per node: each node adds what it admitted to rows of its own (node in the key), and the limit is
-- checked against the sum over nodes. With one row per client shared by all nodes, every node rewrote the same rows
-- every sync, which on a Galera cluster conflicts at commit. The rows live for one window only, so the table is
-- simply made again (counts of the window running during the upgrade start over).
DROP TABLE rate_limit_count;
CREATE TABLE rate_limit_count (
  bucket       VARCHAR(16)  NOT NULL,
  client       VARCHAR(64)  NOT NULL,
  window_start BIGINT       NOT NULL,
  node         VARCHAR(32)  NOT NULL,
  hits         INT          NOT NULL,
  expires_at   BIGINT       NOT NULL,
  PRIMARY KEY (window_start, expires_at, client, bucket, node)
);
CREATE INDEX ix_rate_limit_count_expires ON rate_limit_count (expires_at);
