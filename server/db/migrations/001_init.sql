-- Accounts, sessions and sign-in failures. Times are epoch milliseconds from
-- the server's clock (bigint), so tests can move time.
create table accounts (
  id text primary key,
  email text not null unique,
  name text not null,
  password_hash text not null,
  created_at bigint not null
);

create table sessions (
  token_hash text primary key,
  account_id text not null references accounts(id) on delete cascade,
  expires_at bigint not null
);
create index sessions_account on sessions(account_id);

-- Failed sign-ins, per e-mail and per client address; kept in the database so
-- every instance behind a load balancer counts the same failures.
create table sign_in_failures (
  key text not null,
  at bigint not null
);
create index sign_in_failures_key_at on sign_in_failures(key, at);

-- A pairing shared to the server, with its own change sequence.
create table pairings (
  id text primary key,
  shared_by text not null references accounts(id),
  shared_at bigint not null,
  last_seq bigint not null default 0
);

create table memberships (
  pairing_id text not null references pairings(id) on delete cascade,
  account_id text not null references accounts(id) on delete cascade,
  role text not null check (role in ('coordinator', 'editor', 'viewer')),
  primary key (pairing_id, account_id)
);
create index memberships_account on memberships(account_id);

create table invitations (
  code_hash text primary key,
  pairing_id text not null references pairings(id) on delete cascade,
  role text not null check (role in ('coordinator', 'editor', 'viewer')),
  created_by text not null references accounts(id),
  expires_at bigint not null,
  accepted_by text references accounts(id),
  accepted_at bigint
);

-- Every accepted change, numbered per pairing. json, not jsonb: json keeps
-- the text as sent, so a NUL (\u0000) in a field survives exactly, where
-- jsonb would refuse it.
create table change_log (
  pairing_id text not null references pairings(id) on delete cascade,
  seq bigint not null,
  change_id text not null,
  change json not null,
  primary key (pairing_id, seq),
  unique (pairing_id, change_id)
);

-- The server's merged copy of each record, with its per-field stamps.
create table records (
  kind text not null,
  id text not null,
  pairing_id text not null references pairings(id) on delete cascade,
  data json not null,
  primary key (kind, id)
);
create index records_pairing on records(pairing_id);

-- The server's hybrid logical clock (device id 'server'): one row.
create table server_clock (
  singleton boolean primary key default true check (singleton),
  millis bigint not null,
  counter integer not null
);
insert into server_clock (millis, counter) values (0, 0);
