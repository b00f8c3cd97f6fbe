-- Instances sharing the database behave as one service (docs/design.md, "Several instances").

-- A change to what a quiz serves is announced on channel quizbank_catalog, with the quiz's id as payload, by the
-- transaction that makes it: PostgreSQL delivers the notification when, and only if, that transaction commits, to
-- every instance listening (CatalogListener), which then loads the quiz's current version. Triggers rather than
-- calls in the code, so that no way of publishing, retiring or restoring a quiz (SQL by hand included) goes unseen.
CREATE FUNCTION notify_catalog_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('quizbank_catalog', NEW.quiz_id);
    RETURN NULL;
END $$;

CREATE FUNCTION notify_catalog_quiz() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('quizbank_catalog', NEW.id);
    RETURN NULL;
END $$;

CREATE TRIGGER quiz_version_published AFTER INSERT ON quiz_version
    FOR EACH ROW EXECUTE FUNCTION notify_catalog_version();

CREATE TRIGGER quiz_retired_or_restored AFTER UPDATE OF retired_at ON quiz
    FOR EACH ROW WHEN (OLD.retired_at IS DISTINCT FROM NEW.retired_at) EXECUTE FUNCTION notify_catalog_quiz();

-- The rate limit's token buckets, one per client, shared by every instance (Bucket4j's PostgreSQL backend, its
-- select-for-update flavour; RateLimiter). Unlogged: a bucket is worth nothing after a crash or a failover, where
-- an empty table only gives every client a full budget again, and a write that makes no WAL neither waits for a
-- synchronous standby nor adds to replication. expires_at is Bucket4j's, in epoch milliseconds: the time by which
-- an idle bucket would have refilled, after which the scheduled clean-up deletes it.
CREATE UNLOGGED TABLE rate_limit_bucket (
    id          text PRIMARY KEY,
    state       bytea,
    expires_at  bigint
);
CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
