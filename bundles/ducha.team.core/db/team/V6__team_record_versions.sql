-- Optimistic locking (issue 15): the records users edit or a workflow step changes carry a version that every
-- change increases, so that a save made from an out-of-date form is refused instead of silently undoing another
-- desktop's change.
alter table team_appointment add column version bigint default 0 not null;
alter table team_group add column version bigint default 0 not null;
alter table team_group_member add column version bigint default 0 not null;
alter table team_meeting add column version bigint default 0 not null;
alter table team_meeting_problem add column version bigint default 0 not null;
alter table team_mentorship add column version bigint default 0 not null;
alter table team_mentoring_milestone add column version bigint default 0 not null;
alter table team_evaluation add column version bigint default 0 not null;
