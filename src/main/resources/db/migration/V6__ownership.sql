-- Ownership: a quiz belongs to the author who published it; each version's settings may name further
-- owners. Owners and role admin alone may edit, retire and restore a quiz and read its source, versions
-- and statistics.

-- The author (the token's subject) who published the quiz's first version; set once, when the quiz is
-- created. Null for a quiz first published from a bundled file: no author owns it, role admin does.
-- Existing quizzes belong to the publisher of their version 1, which is null for the bundled ones.
ALTER TABLE quiz ADD COLUMN owner text CHECK (owner <> '');
UPDATE quiz q SET owner = (SELECT v.published_by FROM quiz_version v WHERE v.quiz_id = q.id AND v.version = 1);

-- settings.owners: further authors' subjects, in the author's order. Existing versions name none.
ALTER TABLE quiz_version ADD COLUMN owners text[] NOT NULL DEFAULT '{}'
    CHECK (cardinality(owners) <= 100 AND array_position(owners, NULL) IS NULL);
