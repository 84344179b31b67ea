-- Optimistic locking (issue 15): the records users change (cases by import, orders and their steps, findings
-- gathered into a bulletin, follow-ups, reminder talks, mark suggestions, watch rules, party-count thresholds)
-- carry a version that every change increases, so a change made from an out-of-date view is refused instead of
-- silently undoing another desktop's. Order and mark events are only ever added; keyword lists are replaced whole
-- (rows deleted and added, none changed); a bulletin is never changed once issued.
alter table case_register add column version bigint default 0 not null;
alter table supervision_order add column version bigint default 0 not null;
alter table review_finding add column version bigint default 0 not null;
alter table rectification_followup add column version bigint default 0 not null;
alter table reminder_talk add column version bigint default 0 not null;
alter table mark_suggestion add column version bigint default 0 not null;
alter table watch_rule add column version bigint default 0 not null;
alter table mark_party_rule add column version bigint default 0 not null;
