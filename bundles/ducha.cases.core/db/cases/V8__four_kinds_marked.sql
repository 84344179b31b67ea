-- The four kinds' list (四类案件) reads a stored flag (issue 16): case_register.four_kinds is 1 while the case
-- carries at least one of the four kinds (MarkKind.fourKinds(): its newest event of that kind is a mark), 0
-- otherwise (a number, not a BOOLEAN: EclipseLink prints a query's boolean literal as 1 on Derby, which Derby will
-- not compare with a BOOLEAN column). It is kept in the transaction of every mark and unmark (MarkEvents.append, through FourKindsFlag:
-- marking, unmarking, a confirmed suggestion); marks come from nowhere else, and the register's own columns
-- (filing date, department, judge) sit beside the flag in the same row, so an import changes them in the index too.
-- The list, its count and its keyset pages are then one range of case_four_kinds_ix in the list's order (filing
-- date, 案号) instead of a join of the current marks with the register and a sort of every marked case per page
-- (90–206 ms at a million cases, docs/benchmarks.md). Portable SQL: Derby 10.17 and PostgreSQL.
alter table case_register add column four_kinds smallint default 0 not null;

-- the rows already stored: a case carries a kind while its newest event of the kind is a mark
update case_register set four_kinds = 1 where case_no in (select e.case_no from case_mark_event e
	where e.mark_kind in ('MAJOR_SENSITIVE', 'MASS_OR_PUBLIC', 'SIMILAR_CASE_CONFLICT', 'ILLEGAL_ADJUDICATION')
	and e.action = 'MARK' and not exists (select 1 from case_mark_event x
		where x.case_no = e.case_no and x.mark_kind = e.mark_kind and x.id > e.id));

-- the list's order after the flag; department and judge ride along so that a reader's scope, a department or a
-- judge filter and the count are read from this index alone
create index case_four_kinds_ix on case_register (four_kinds, filing_date, case_no, department_code, judge_no);
