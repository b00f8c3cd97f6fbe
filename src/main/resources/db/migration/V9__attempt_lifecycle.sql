-- The attempt lifecycle (docs/attempts.md): an attempt started with POST /quizzes/{id}/attempts lives here
-- while it is in progress, and stays once it is submitted (its graded row in attempt has the same id), so that
-- a second submit finds its result and maxAttempts counts it exactly once.
CREATE TABLE started_attempt (
    id            uuid PRIMARY KEY,
    quiz_id       text NOT NULL,
    quiz_version  integer NOT NULL,
    -- The learner (token subject); null for an anonymous attempt, which whoever holds its id owns.
    learner_id    text,
    started_at    timestamptz NOT NULL,
    -- When the time limit (or closeAt) ends the attempt; null when untimed and the quiz never closes.
    deadline      timestamptz,
    -- deadline + the grace seconds: the last instant a save or a submit is taken; the sweeper submits after it.
    grace_until   timestamptz,
    -- Every random choice of the attempt follows from it: the draw, the question order, the choice order.
    seed          bigint NOT NULL,
    -- The questions drawn for the attempt, by number, in the order it shows them.
    questions     integer[] NOT NULL CHECK (cardinality(questions) >= 1),
    -- The saved responses, encoded as a graded attempt's choices and responses (CompactResponses).
    choices       bytea NOT NULL,
    responses     bytea,
    -- Counts the saves; the ETag of the attempt in progress.
    revision      integer NOT NULL DEFAULT 0 CHECK (revision >= 0),
    -- Null while in progress; then the submit, the learner's or the sweeper's (at grace_until).
    submitted_at  timestamptz,
    CONSTRAINT started_attempt_of_published_version FOREIGN KEY (quiz_id, quiz_version) REFERENCES quiz_version (quiz_id, version),
    CONSTRAINT started_attempt_timed CHECK ((deadline IS NULL) = (grace_until IS NULL) AND (grace_until IS NULL OR grace_until >= deadline))
);

-- A learner has at most one attempt in progress per quiz, whatever the instances racing to start one.
CREATE UNIQUE INDEX started_attempt_one_in_progress ON started_attempt (quiz_id, learner_id)
    WHERE submitted_at IS NULL AND learner_id IS NOT NULL;
-- What the sweeper looks for: attempts in progress whose time is up.
CREATE INDEX started_attempt_due ON started_attempt (grace_until) WHERE submitted_at IS NULL AND grace_until IS NOT NULL;

-- Which questions a graded attempt was given: a bit per question of its version in number order, the first
-- question in the lowest bit of the first byte. Null: every question, as for every one-shot attempt, so that
-- existing rows stay as they are and a single-choice row stays as small as before.
ALTER TABLE attempt ADD COLUMN given bytea;
