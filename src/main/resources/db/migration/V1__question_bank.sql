-- The question bank. Published versions are immutable: rows are only ever inserted.
-- The database itself enforces the invariants the parser checks, so no writer can break them.
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;

CREATE TABLE quiz (
    id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE quiz_version (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    quiz_id        text NOT NULL REFERENCES quiz (id),
    version        integer NOT NULL CHECK (version >= 1),
    chapter        integer NOT NULL CHECK (chapter >= 0),
    title          text NOT NULL CHECK (title <> ''),
    description    text NOT NULL,
    source_sha256  text NOT NULL,
    published_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT quiz_version_once UNIQUE (quiz_id, version)
);

CREATE TABLE question (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    quiz_version_id  bigint NOT NULL REFERENCES quiz_version (id),
    number           integer NOT NULL CHECK (number >= 1),
    text             text NOT NULL CHECK (btrim(text) <> ''),
    correct_key      text NOT NULL,
    explanation      text NOT NULL,
    CONSTRAINT question_number_once UNIQUE (quiz_version_id, number),
    CONSTRAINT question_id_key UNIQUE (id, correct_key)
);

CREATE TABLE choice (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    question_id  bigint NOT NULL REFERENCES question (id),
    position     integer NOT NULL CHECK (position >= 0),
    key          text NOT NULL CHECK (key ~ '^[A-Z]$'),
    text         text NOT NULL,
    CONSTRAINT choice_key_once UNIQUE (question_id, key),
    CONSTRAINT choice_position_once UNIQUE (question_id, position)
);

-- Exactly one correct choice per question: the question names its correct key, and that key
-- must be one of its own choices. Deferred, because the question row is written before its choices.
ALTER TABLE question
    ADD CONSTRAINT question_correct_choice_exists FOREIGN KEY (id, correct_key)
        REFERENCES choice (question_id, key) DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE scoring_band (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    quiz_version_id  bigint NOT NULL REFERENCES quiz_version (id),
    position         integer NOT NULL CHECK (position >= 0),
    min_score        integer NOT NULL CHECK (min_score >= 0),
    max_score        integer NOT NULL,
    level            text NOT NULL CHECK (btrim(level) <> ''),
    recommendation   text NOT NULL,
    CHECK (min_score <= max_score),
    CONSTRAINT scoring_band_position_once UNIQUE (quiz_version_id, position),
    CONSTRAINT scoring_band_no_overlap EXCLUDE USING gist (
        quiz_version_id WITH =,
        int4range(min_score, max_score, '[]') WITH &&)
);

CREATE INDEX choice_question ON choice (question_id);
CREATE INDEX scoring_band_version ON scoring_band (quiz_version_id);
