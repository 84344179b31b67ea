-- Who held a talk as a staff member (谈话人工号), so that the supervisor team's performance archive can count the
-- talks each person held. Nullable: talks recorded before this column name their 谈话人 only as printed (held_by).
alter table integrity_talk add column held_by_staff_no varchar(20);
create index ix_integrity_talk_held_by on integrity_talk (held_by_staff_no, talk_date);
