-- Log-in protection: consecutive failed passwords lock an account for a while (failed_logins, locked_until), and a
-- password set by an administrator must be changed by its owner at the next log-in (must_change_password).

alter table user_account add column failed_logins integer default 0 not null;
alter table user_account add column locked_until timestamp;
alter table user_account add column must_change_password boolean default false not null;
