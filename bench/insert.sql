-- pgbench script: the row an attempt writes, into the same table, with the same constraints.
\set score random(0, 25)
INSERT INTO quizbank.attempt (id, quiz_id, quiz_version, submitted_at, score, answered, answers, result)
VALUES (gen_random_uuid(), 'chapter-20', 1, now(), :score, 19,
        '[{"question":1,"choice":"C"},{"question":2,"choice":"A"},{"question":3,"choice":"B"},{"question":4,"choice":"C"},{"question":5,"choice":"B"},{"question":6,"choice":"D"},{"question":7,"choice":"B"},{"question":8,"choice":"A"},{"question":9,"choice":"B"},{"question":10,"choice":"C"},{"question":11,"choice":"B"},{"question":12,"choice":"B"},{"question":13,"choice":"A"},{"question":14,"choice":"B"},{"question":15,"choice":"D"},{"question":16,"choice":"C"},{"question":17,"choice":"B"},{"question":18,"choice":"B"},{"question":19,"choice":"B"}]',
        repeat(md5(random()::text), 230));
