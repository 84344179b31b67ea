-- The number of the clearance notice (澄清通知书), taken from the platform's numbering service (kind
-- petitions.clearance) the first time the notice is issued and kept, so that printing it again reuses the number.
alter table petition_clearance add column notice_year integer;
alter table petition_clearance add column notice_no integer;
