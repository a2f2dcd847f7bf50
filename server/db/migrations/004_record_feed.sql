-- A pull now sends each changed record once, in its latest state, instead of
-- every change since the cursor: a device back from weeks offline, or new to a
-- pairing, receives what is rather than all that was, and the server stops
-- keeping every change forever. A record carries its pairing's sequence
-- number from when it last changed; "after N" is the records with seq > N.

alter table records add column seq bigint;

-- Records already here get fresh numbers above every cursor given out, so each
-- device receives them once more (merging a state it has changes nothing).
with numbered as (
  select r.kind, r.id, p.last_seq + row_number() over (partition by r.pairing_id order by r.kind, r.id) as seq
  from records r join pairings p on p.id = r.pairing_id
)
update records r set seq = numbered.seq from numbered where r.kind = numbered.kind and r.id = numbered.id;
update pairings p set last_seq = p.last_seq + (select count(*) from records r where r.pairing_id = p.id);
-- A record whose pairing is gone can be pulled by nobody.
delete from records where seq is null;
alter table records alter column seq set not null;
create unique index records_feed on records (pairing_id, seq);

-- Changes to long texts are remembered once applied (see isRemembered in
-- shared/sync/server-apply.ts): a retry of one must not be taken for a
-- concurrent edit. Every other change merges idempotently and needs no memory.
create table long_text_changes (
  pairing_id text not null,
  change_id text not null,
  primary key (pairing_id, change_id)
);
insert into long_text_changes (pairing_id, change_id) select pairing_id, change_id from change_log;
drop table change_log;
