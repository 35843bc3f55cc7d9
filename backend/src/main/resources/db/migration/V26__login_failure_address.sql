-- A user name is locked only for the client address that failed on it, so failing on purpose cannot lock its owner out.
ALTER TABLE login_failure ADD COLUMN client_address VARCHAR(64) NULL;
CREATE INDEX ix_login_failure_name_address ON login_failure (username, client_address, failed_at);
