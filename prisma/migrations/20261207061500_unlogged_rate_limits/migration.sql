-- Rate-limit counters are written on every post, vote and sign-in attempt and matter only for the next
-- minutes. Unlogged, they skip the WAL: no post waits for a counter's flush to disk, and a crash only
-- resets the counters (Postgres empties an unlogged table after a crash), as a restarted Redis would.
ALTER TABLE "rate_limits" SET UNLOGGED;
