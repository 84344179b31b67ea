-- The register is read newest filing first. Derby cannot scan an ascending index backwards, so with the V1 indexes
-- every first page sorted the whole register (seconds at a million cases). Descending indexes give the first page
-- and every keyset page straight from the index, court-wide, per department and per judge (docs/benchmarks.md).
-- Range conditions on the filing date use them as well. The watch list keeps its ascending case_watch_ix.
drop index case_filing_ix;
drop index case_department_ix;
drop index case_judge_ix;
create index case_filing_desc_ix on case_register (filing_date desc, case_no desc);
create index case_department_desc_ix on case_register (department_code, filing_date desc, case_no desc);
create index case_judge_desc_ix on case_register (judge_no, filing_date desc, case_no desc);
