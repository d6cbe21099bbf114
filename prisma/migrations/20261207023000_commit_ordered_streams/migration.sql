-- Streams read with a cursor ("every row with an id above N") get their ids in commit order
-- (ARCHITECTURE.md, "Cursors in commit order"). A sequence hands out numbers at insert time, not at commit,
-- so a slow transaction could make number 6 visible after number 7 and a reader at 7 would never see 6.
-- Each append takes its stream's transaction-scoped advisory lock, held until commit or rollback, and only
-- then draws its id: the next append to the stream draws after this one has committed (or rolled back).
-- The column default (nextval, evaluated before the trigger ran) is replaced; gaps are harmless.
CREATE FUNCTION "append_in_commit_order"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- 1869573999: this application's advisory lock class for streams; TG_ARGV[0]: the stream.
  PERFORM pg_advisory_xact_lock(1869573999, TG_ARGV[0]::int);
  NEW.id := nextval(TG_ARGV[1]::regclass);
  RETURN NEW;
END
$$;

CREATE TRIGGER "QaChange_commit_order" BEFORE INSERT ON "QaChange"
  FOR EACH ROW EXECUTE FUNCTION "append_in_commit_order"('1', '"QaChange_id_seq"');

CREATE TRIGGER "ActivityEvent_commit_order" BEFORE INSERT ON "ActivityEvent"
  FOR EACH ROW EXECUTE FUNCTION "append_in_commit_order"('2', '"ActivityEvent_id_seq"');
