-- A learner's attempts at one quiz, counted under maxAttempts on every attempt posted or started: without an index on
-- both columns PostgreSQL intersected the quiz's whole index with the learner's, so each count read every attempt at
-- the quiz and grew with it (700 µs of PostgreSQL per POST at a quiz with maxAttempts; BENCHMARKS.md, issue 26).
CREATE INDEX attempt_learner_quiz ON attempt (learner_id, quiz_id) WHERE learner_id IS NOT NULL;
