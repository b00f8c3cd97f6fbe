-- The attempt lifecycle's settings (docs/attempts.md), per version like the others. Every existing version
-- keeps what it meant: one review for both phases, untimed, in order, whole, graded by its highest attempt.
ALTER TABLE quiz_version
    ADD COLUMN review_after_close text CHECK (review_after_close IN ('full', 'correctness', 'score')),
    ADD COLUMN time_limit_seconds integer CHECK (time_limit_seconds >= 1),
    ADD COLUMN grace_seconds integer NOT NULL DEFAULT 0 CHECK (grace_seconds >= 0),
    ADD COLUMN shuffle_questions boolean NOT NULL DEFAULT false,
    ADD COLUMN shuffle_choices boolean NOT NULL DEFAULT false,
    ADD COLUMN open_at timestamptz,
    ADD COLUMN close_at timestamptz,
    -- [{"name", "draw", "questions": [numbers]}], read only whole with its version, like question.details.
    ADD COLUMN pools jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(pools) = 'array'),
    ADD COLUMN grading_method text NOT NULL DEFAULT 'highest' CHECK (grading_method IN ('highest', 'average', 'first', 'last')),
    ADD CONSTRAINT quiz_version_window CHECK (open_at IS NULL OR close_at IS NULL OR open_at < close_at);

UPDATE quiz_version SET review_after_close = review;
ALTER TABLE quiz_version ALTER COLUMN review_after_close SET NOT NULL;
