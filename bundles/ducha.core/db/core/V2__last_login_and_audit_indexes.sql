-- When each account last logged in (shown to administrators), and indexes for the audit log's filters:
-- newest first by time, by actor, and by the record touched.

alter table user_account add column last_login timestamp;

create index audit_entry_time_ix on audit_entry (occurred_at);
create index audit_entry_actor_ix on audit_entry (actor, occurred_at);
create index audit_entry_object_ix on audit_entry (object_type, object_id);
create index audit_entry_action_ix on audit_entry (action);
