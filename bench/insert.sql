-- pgbench script: the row an attempt writes, into the same table, with the same constraints and
-- indexes: id, quiz, version, time, score, answered and one byte per question (the compact form).
\set score random(0, 25)
INSERT INTO quizbank.attempt (id, quiz_id, quiz_version, submitted_at, score, answered, choices)
VALUES (gen_random_uuid(), 'chapter-20', 1, now(), :score, 19,
        decode('03010203020402010203020201020403020202000000000000', 'hex'));
