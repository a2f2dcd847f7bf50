-- Growing delays for sign-in, registering and accepting invitations, one row
-- per key (an e-mail, an account or a client address, prefixed by what is
-- throttled). A request takes its turn with one atomic upsert on its row
-- (server/auth/throttle.ts), so concurrent requests on several instances
-- cannot all pass a check made before any of them is counted, as they could
-- with the failure rows this replaces.
create table throttle (
  key text primary key,
  -- attempts counted since the key was last quiet for a while
  attempts integer not null,
  -- no attempt is let through before this time (429 with Retry-After)
  next_at bigint not null,
  -- after this time the count starts over; the row may be swept
  forget_at bigint not null
);
create index throttle_forget_at on throttle(forget_at);

drop table sign_in_failures;
