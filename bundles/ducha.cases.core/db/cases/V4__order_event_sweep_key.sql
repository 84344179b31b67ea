-- What the supervision-order sweep records (a reminder per deadline, the n-th escalation) is unique per order, so
-- that two desktops sweeping at the same moment cannot record it twice: the second insert is refused and the
-- sweep counts that order as done. Events recorded before this column keep a null key (a unique constraint lets
-- nulls repeat) and the sweep still reads them before it records anything. Portable: Derby 10.17 and PostgreSQL.

alter table order_event add column sweep_key varchar(60);
alter table order_event add constraint order_event_sweep_uq unique (order_id, sweep_key);
