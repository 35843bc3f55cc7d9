-- The hotline finds a caller's complaints by the phone they filed with ("how is my complaint?").
CREATE INDEX ix_complaint_phone ON complaint (complainant_phone);
