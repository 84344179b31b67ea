-- Optimistic locking (issue 15): the records users edit or a workflow step changes carry a version that every
-- change increases, so that a save made from an out-of-date form is refused instead of silently undoing another
-- desktop's change.
alter table study_review add column version bigint default 0 not null;
alter table study_review_problem add column version bigint default 0 not null;
alter table study_session add column version bigint default 0 not null;
alter table study_test add column version bigint default 0 not null;
alter table study_question add column version bigint default 0 not null;
alter table study_makeup add column version bigint default 0 not null;
alter table study_score add column version bigint default 0 not null;
alter table study_review_assignment add column version bigint default 0 not null;
