-- One judge's long-pending list and count (issue 16): a range of this index, in the list's order (long-pending
-- day, 案号), instead of every case of the judge through the register's judge index with each row's stored date
-- read from the table (189 ms at a million cases, raw SQL 79 ms; docs/benchmarks.md). The date is kept by
-- FlagDates (V7), so the index follows every import and rule change with it.
create index case_judge_flag_ix on case_register (judge_no, flag_date, case_no);
