-- The change log and the records are written for every pushed change; their
-- foreign keys to pairings cost a lookup per row, and records_pairing is read
-- by nothing. A push can only reach them through a membership, which itself
-- references the pairing, so the keys guard nothing the push path does not.
-- (No route deletes a pairing; one that does must delete its log and records.)
alter table change_log drop constraint if exists change_log_pairing_id_fkey;
alter table records drop constraint if exists records_pairing_id_fkey;
drop index if exists records_pairing;
