-- The staff inbox reads in SQL, paged (docs/inbox-queries.md). A filter on one column and the newest-first order
-- are served by one index each; the unit filter uses ix_case_assignment_unit, deadlines ix_case_file_deadline.
CREATE INDEX ix_complaint_status_created ON complaint (status, created_at);
CREATE INDEX ix_complaint_township_created ON complaint (township, created_at);
CREATE INDEX ix_complaint_sector_created ON complaint (sector, created_at);
-- The phone serves three readers: the inbox search, the hotline's "how is my complaint?" lookup, and "lost your
-- code?", which also locks a phone's complaints (without the index MariaDB would scan and lock every complaint row).
CREATE INDEX ix_complaint_phone ON complaint (complainant_phone);
