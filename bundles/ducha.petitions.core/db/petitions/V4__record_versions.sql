-- Optimistic locking (issue 15): the petitions, clearances and screening clues users change carry a version that
-- every change increases, so a save made from an out-of-date view is refused instead of silently undoing another
-- desktop's change. Notes, reception log entries and key grants are only added or removed, never changed.
alter table petition add column version bigint default 0 not null;
alter table petition_clearance add column version bigint default 0 not null;
alter table screening_clue add column version bigint default 0 not null;
