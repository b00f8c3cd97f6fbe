-- Identity: per-version quiz settings, attempts that belong to a learner, Idempotency-Keys per caller.

-- What an attempt shows, who may attempt and how often; a published version keeps its settings.
-- Existing versions are the self-study kind: full review, anonymous, unlimited.
ALTER TABLE quiz_version
    ADD COLUMN review text NOT NULL DEFAULT 'full' CHECK (review IN ('full', 'correctness', 'score')),
    ADD COLUMN anonymous boolean NOT NULL DEFAULT true,
    ADD COLUMN max_attempts integer CHECK (max_attempts >= 1),
    ADD CONSTRAINT quiz_version_limit_needs_learners CHECK (max_attempts IS NULL OR NOT anonymous);

-- The learner (the token's subject) an attempt belongs to; null for an anonymous attempt.
ALTER TABLE attempt ADD COLUMN learner_id text;
CREATE INDEX attempt_learner_history ON attempt (learner_id, submitted_at DESC, id) WHERE learner_id IS NOT NULL;
CREATE INDEX attempt_quiz_history ON attempt (quiz_id, submitted_at DESC, id);
CREATE INDEX attempt_history ON attempt (submitted_at DESC, id);

-- A key is the caller's: a signed-in caller's keys are stored as "<subject>\t<key>" (a key is printable
-- ASCII, so never holds a tab), anonymous callers' keys as they are, so existing rows keep their meaning.
ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_key_check,
    ADD CONSTRAINT idempotency_key_key_check CHECK (length(key) BETWEEN 1 AND 1024);
