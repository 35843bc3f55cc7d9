-- The case flags as rows (cases/CaseFlagIndex): one row a flag, and one "@level" row for an open case that its flags
-- raise to a risk level, each carrying the case's deadline and filing time. The inbox filtered by a flag, and the cases
-- a flag raises, are then read in deadline order from one index walk and counted from it, instead of testing the
-- flags string of every case file (seconds at a million complaints). Kept by every write of a case file.
CREATE TABLE case_flag (
  complaint_id BIGINT       NOT NULL,
  flag         VARCHAR(40)  NOT NULL,
  deadline_at  DATETIME(6),
  created_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (complaint_id, flag),
  CONSTRAINT fk_case_flag_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_case_flag_walk ON case_flag (flag, deadline_at, created_at, complaint_id);

-- The flags of the cases filed so far; the "@level" rows depend on the jurisdiction's rules and are made at start.
INSERT INTO case_flag (complaint_id, flag, deadline_at, created_at)
SELECT f.complaint_id, x.flag, f.deadline_at, c.created_at
FROM case_file f JOIN complaint c ON c.id = f.complaint_id
JOIN (SELECT 'task_force' AS flag UNION ALL SELECT 'police_referral' UNION ALL SELECT 'legal_aid'
      UNION ALL SELECT 'fast_track' UNION ALL SELECT 'not_wage' UNION ALL SELECT 'needs_triage'
      UNION ALL SELECT 'unsure_wage' UNION ALL SELECT 'unsure_sector' UNION ALL SELECT 'unclassified'
      UNION ALL SELECT 'repeat_employer' UNION ALL SELECT 'hint_mismatch') x
  ON CONCAT(' ', f.flags, ' ') LIKE CONCAT('% ', x.flag, ' %');
