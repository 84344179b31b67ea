-- Optimistic locking (issue 15): the records users edit or a workflow step changes carry a version that every
-- change increases, so that a save made from an out-of-date form is refused instead of silently undoing another
-- desktop's change.
alter table insp_plan add column version bigint default 0 not null;
alter table insp_inspection add column version bigint default 0 not null;
alter table insp_finding add column version bigint default 0 not null;
alter table insp_bulletin add column version bigint default 0 not null;
