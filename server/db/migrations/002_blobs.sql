-- Attachment bytes (photos, signed agreements), stored once by their SHA-256
-- however many pairings and records point to them. blob_pairings says which
-- pairings may read a blob: only a member of one of them gets its bytes.
create table blobs (
  sha256 text primary key,
  data bytea not null,
  size integer not null,
  mime_type text not null,
  created_at bigint not null
);

create table blob_pairings (
  sha256 text not null references blobs(sha256) on delete cascade,
  pairing_id text not null references pairings(id) on delete cascade,
  primary key (pairing_id, sha256)
);
