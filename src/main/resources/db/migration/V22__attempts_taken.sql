-- How many attempts each learner has taken at each quiz: one graded in one request, or started (in progress or
-- submitted since). maxAttempts is checked and the count raised in one statement on this row, whose lock makes
-- concurrent attempts of one learner at one quiz wait for each other on every instance. Counting the attempts
-- instead read the quiz's whole index while the table's statistics predated the quiz (BENCHMARKS.md, issue 26).
CREATE TABLE attempts_taken (
    quiz_id    text NOT NULL,
    learner_id text NOT NULL,
    taken      integer NOT NULL CHECK (taken >= 0),
    PRIMARY KEY (quiz_id, learner_id)
);

-- A started attempt, once submitted, is also a graded attempt: counted once, among the graded.
INSERT INTO attempts_taken (quiz_id, learner_id, taken)
SELECT quiz_id, learner_id, count(*)
FROM (SELECT quiz_id, learner_id FROM attempt WHERE learner_id IS NOT NULL
      UNION ALL
      SELECT quiz_id, learner_id FROM started_attempt WHERE learner_id IS NOT NULL AND submitted_at IS NULL) taken
GROUP BY quiz_id, learner_id;
