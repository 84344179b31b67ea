-- 当事人数 of a case, for the party-count suggestion of mass disputes (群体性纠纷); null while unknown (the case
-- system's export did not carry it). Plus the threshold of that rule, one row per kind, which a court edits.
-- Portable SQL: runs on Derby 10.17 and PostgreSQL.

alter table case_register add column party_count integer;

create table mark_party_rule (
	mark_kind varchar(30) not null,
	min_parties integer not null,
	constraint mark_party_rule_pk primary key (mark_kind)
);

insert into mark_party_rule (mark_kind, min_parties) values ('MASS_OR_PUBLIC', 10);
