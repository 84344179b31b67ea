-- Optimistic locking (issue 15): the records users edit carry a version that every change increases, so that a
-- save made from an out-of-date form is refused instead of silently undoing another desktop's change.
alter table staff add column version bigint default 0 not null;
alter table department add column version bigint default 0 not null;
alter table user_account add column version bigint default 0 not null;
alter table supervisor_assignment add column version bigint default 0 not null;
