-- Question types and partial credit (docs/question-types.md). Every existing question is a one-point single-choice
-- question, and every existing attempt keeps its bytes and its grade.
--
-- What all types share is typed columns: the type, the points, and per choice (single and multiple) its
-- fraction and feedback. What differs by type (the correct set and scoring mode of a multiple, the answers
-- of a shortText or numeric, the stems, options and pairs of a matching, the items of an ordering) is one
-- jsonb value per question, in the shape of the JSON source: it is only ever read whole with its version,
-- never searched or joined, so six more tables would add joins to every catalog load and nothing else.
ALTER TABLE question
    ADD COLUMN type text NOT NULL DEFAULT 'single'
        CHECK (type IN ('single', 'multiple', 'trueFalse', 'shortText', 'numeric', 'matching', 'ordering')),
    ADD COLUMN points numeric NOT NULL DEFAULT 1 CHECK (points > 0),
    ADD COLUMN details jsonb CHECK (jsonb_typeof(details) = 'object'),
    ALTER COLUMN correct_key DROP NOT NULL,
    -- A single-choice question names its correct choice (still checked against its choices by
    -- question_correct_choice_exists); every other type holds its key in details.
    ADD CONSTRAINT question_key_by_type CHECK (
        CASE WHEN type = 'single' THEN correct_key IS NOT NULL AND details IS NULL
             ELSE correct_key IS NULL AND details IS NOT NULL END);

ALTER TABLE choice
    ADD COLUMN fraction numeric CHECK (fraction BETWEEN -1 AND 1),
    ADD COLUMN feedback text NOT NULL DEFAULT '';

-- Scores are sums of decimal points now; whole scores stay the same numbers.
ALTER TABLE attempt ALTER COLUMN score TYPE numeric;

-- Responses to questions other than single-choice ones, which the one byte per question of choices cannot
-- hold: null for an attempt at a quiz of single-choice questions only, so those rows stay as small as before.
-- See Grader for the encoding.
ALTER TABLE attempt ADD COLUMN responses bytea;
