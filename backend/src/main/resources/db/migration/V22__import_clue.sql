-- Clues imported from the national and provincial platforms (全国根治欠薪线索反映平台), by the platform's own clue
-- number: a clue is filed once however often its sheet is uploaded. One set of SQL for H2 (MySQL mode) and MariaDB.
CREATE TABLE import_clue (
  clue_number   VARCHAR(64)  NOT NULL PRIMARY KEY,
  tracking_code VARCHAR(20)  NOT NULL,
  file_name     VARCHAR(200),
  imported_at   DATETIME(6)  NOT NULL
);
