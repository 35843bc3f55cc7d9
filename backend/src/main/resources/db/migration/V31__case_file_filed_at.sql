-- The complaint's filing time repeated on its case file, and the deadline index extended by it: the inbox's walks in
-- deadline order then test a filing-date filter ("filed since ...") in the index, instead of reading each case's
-- complaint row (at a million complaints, a four-week filter walked ~50,000 complaints: 0.8 s on H2; now 35 ms).
ALTER TABLE case_file ADD COLUMN filed_at DATETIME(6);
UPDATE case_file f SET filed_at = (SELECT c.created_at FROM complaint c WHERE c.id = f.complaint_id);
ALTER TABLE case_file MODIFY filed_at DATETIME(6) NOT NULL;
DROP INDEX ix_case_file_deadline ON case_file;
CREATE INDEX ix_case_file_deadline ON case_file (deadline_at, filed_at, complaint_id);
