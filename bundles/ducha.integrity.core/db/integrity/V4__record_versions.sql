-- Optimistic locking (issue 15): every record of the integrity archive carries a version that every change
-- increases (a talk's also when it is escalated), so a change made from an out-of-date view, or the later of two
-- overlapping ledger imports, is refused instead of silently undoing another desktop's change.
alter table integrity_talk add column version bigint default 0 not null;
alter table integrity_disposition add column version bigint default 0 not null;
alter table integrity_risk_measure add column version bigint default 0 not null;
alter table integrity_rule add column version bigint default 0 not null;
alter table integrity_analysis add column version bigint default 0 not null;
alter table integrity_book add column version bigint default 0 not null;
alter table integrity_recommendation add column version bigint default 0 not null;
alter table integrity_activity add column version bigint default 0 not null;
