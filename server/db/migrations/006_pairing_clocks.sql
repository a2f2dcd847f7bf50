-- The server's hybrid logical clock, one per pairing instead of one row for
-- all: every push locked that row, so pushes to different pairings waited for
-- each other, and a stamp far ahead in one pairing moved every pairing's
-- clock. Each pairing's clock is read and written under the per-pairing
-- advisory lock its pushes already take. It starts where the shared one was,
-- so no stamp the server makes goes back in time.
alter table pairings add column clock_millis bigint not null default 0;
alter table pairings add column clock_counter integer not null default 0;
update pairings set clock_millis = c.millis, clock_counter = c.counter from server_clock c;
drop table server_clock;
