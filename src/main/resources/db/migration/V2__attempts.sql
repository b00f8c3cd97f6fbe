-- Graded attempts. The result is stored as the exact body that POST returned, so reading an
-- attempt never regrades it and a later quiz version cannot change it.
CREATE TABLE attempt (
    id            uuid PRIMARY KEY,
    quiz_id       text NOT NULL,
    quiz_version  integer NOT NULL,
    submitted_at  timestamptz NOT NULL,
    score         integer NOT NULL CHECK (score >= 0),
    answered      integer NOT NULL CHECK (answered >= 0),
    answers       jsonb NOT NULL,
    result        text NOT NULL,
    CONSTRAINT attempt_of_published_version FOREIGN KEY (quiz_id, quiz_version) REFERENCES quiz_version (quiz_id, version)
);

-- Idempotency-Key records, shared by every instance. A key maps to the attempt its first request
-- created; the fingerprint tells a retry of that request from a different request.
CREATE TABLE idempotency_key (
    key          text PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 255),
    fingerprint  text NOT NULL,
    attempt_id   uuid NOT NULL REFERENCES attempt (id),
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
