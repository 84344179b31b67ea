-- Demo accounts (password known to everyone who read the README) are marked, so that the workbench and ducha-cli
-- warn on every start while one of them can still log in. Accounts of a demo court seeded before this column
-- existed are recognised by their names together with the audit entry of the seeding.
alter table user_account add column demo boolean default false not null;

update user_account set demo = true
	where username in ('admin', 'director', 'supervisor', 'political', 'integrity', 'leader', 'depthead',
		'trialmgmt', 'staff')
	and exists (select 1 from audit_entry where action = 'demo.seed');
