-- Envelope encryption: each account's X25519 key pair. The public key in clear (anyone wraps a record's data key
-- for it); the private key sealed (AES-256-GCM) under a key derived from the account's password, which is never
-- stored. Holder '#recovery' is the office's recovery key pair: only its public key is here.
-- No foreign key to user_account: the recovery key is no account.

create table account_key (
	holder varchar(50) not null,
	key_id varchar(32) not null,
	public_key varchar(200) not null,
	private_key varchar(400),
	created_at timestamp not null,
	constraint account_key_pk primary key (holder)
);
