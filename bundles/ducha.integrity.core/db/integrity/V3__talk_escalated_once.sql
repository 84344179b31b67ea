-- A talk is escalated once: escalation_of names the talk a talk escalates, unique, so that of two desktops
-- escalating the same talk at the same moment the second is refused by the database. escalated_from keeps naming
-- it for every talk; where an older installation let a talk be escalated twice, only the first escalation gets
-- the key (a unique constraint lets the others' nulls repeat). Portable: Derby 10.17 and PostgreSQL.

alter table integrity_talk add column escalation_of bigint;
update integrity_talk set escalation_of = escalated_from where escalated_from is not null and not exists
	(select 1 from integrity_talk e where e.escalated_from = integrity_talk.escalated_from and e.id < integrity_talk.id);
alter table integrity_talk add constraint uq_integrity_talk_escalation unique (escalation_of);
