-- Authoring: quizzes published over the API by authors, retired, and bundled files that only
-- republish when the file itself changed.

-- A retired quiz leaves the list and is no longer served or gradable; its attempts stay readable.
ALTER TABLE quiz ADD COLUMN retired_at timestamptz;

-- SHA-256 of the bundled file last published, so that an unchanged file never overwrites an author's edit.
-- Until now every quiz came from its bundled file, and each version's digest is that of its file.
ALTER TABLE quiz ADD COLUMN bundled_sha256 text;
UPDATE quiz q SET bundled_sha256 = (
    SELECT v.source_sha256 FROM quiz_version v WHERE v.quiz_id = q.id ORDER BY v.version DESC LIMIT 1);

-- The author (the token's subject) who published a version; null for a version published from a bundled file.
ALTER TABLE quiz_version ADD COLUMN published_by text;
