-- "Lost your code?" finds a phone's complaints and locks them (two requests at once must count each other's text):
-- without an index, MariaDB would scan and lock every complaint row for that. One statement for H2 and MariaDB.
CREATE INDEX ix_complaint_phone ON complaint (complainant_phone);
