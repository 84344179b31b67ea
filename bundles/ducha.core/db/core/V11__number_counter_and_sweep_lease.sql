-- Running numbers per kind and year (a petition's XF2024-007, an integrity talk's YT2024-003, ...), taken by
-- ducha.core.jpa.Counters in the transaction that stores the record: the row stays locked until that transaction
-- ends, so desktops sharing the database number one after the other, and a rolled-back registration gives its
-- number back. A kind's row is created at its first use in a year and seeded from the records already stored.
create table number_counter (
	kind varchar(100) not null,
	counter_year integer not null,
	last_number integer not null,
	constraint number_counter_pk primary key (kind, counter_year)
);

-- Who runs a periodic background sweep (e.g. the supervision orders' hourly sweep) until when: one desktop at a
-- time, taken with one atomic update (ducha.core.sweep.SweepLeases).
create table sweep_lease (
	name varchar(100) not null,
	holder varchar(200) not null,
	held_until timestamp not null,
	constraint sweep_lease_pk primary key (name)
);
