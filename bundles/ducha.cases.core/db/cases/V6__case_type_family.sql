-- Case types (issue 19): the register keeps each case's family (大类) of the SPC's case-type table
-- (ducha/cases/case-types.tsv), the enum ducha.cases.CaseFamily by name, written by every import from then on.
-- Rows stored before can only hold the 38 codes the case-number check accepted up to this version (a number with
-- any other code was refused at import), so the family of each is set here from that closed list, exactly: no
-- guess from the code's first character. Five of them (执初, 诉保, 赔, 司救, 行赔) are in no version of the table
-- and are no longer accepted; their rows keep the family of the kind of case they name.
-- The column stays nullable: Derby and PostgreSQL spell "set not null" differently, and the import always writes it.
alter table case_register add column case_family varchar(30);
update case_register set case_family = 'CIVIL'
	where case_type in ('民初', '民终', '民申', '民再', '民特', '民督', '民催', '民撤', '民他');
update case_register set case_family = 'CRIMINAL' where case_type in ('刑初', '刑终', '刑申', '刑再', '刑更', '刑他');
update case_register set case_family = 'ADMINISTRATIVE' where case_type in ('行初', '行终', '行申', '行再', '行审');
update case_register set case_family = 'JURISDICTION' where case_type in ('民辖', '刑辖');
update case_register set case_family = 'ENFORCEMENT'
	where case_type in ('执', '执初', '执恢', '执异', '执复', '执保', '执监', '执协');
update case_register set case_family = 'PRESERVATION' where case_type in ('财保', '诉保');
update case_register set case_family = 'BANKRUPTCY' where case_type in ('破', '破申');
update case_register set case_family = 'COMPENSATION' where case_type in ('行赔', '赔', '司救');
update case_register set case_family = 'SANCTION' where case_type in ('司惩');
