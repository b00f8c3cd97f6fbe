package dev.quizbank.attempt.rest;

/** Example bodies for the OpenAPI document. */
final class Examples {

    private Examples() {
    }

    /*
     * The graded examples use a made-up quiz: an example drawn from a real one would publish its
     * answers in Swagger UI.
     */
    static final String ATTEMPT_REQUEST = """
            {"quizId": "chapter-20", "quizVersion": 1,
             "answers": [{"question": 1, "choice": "A"}, {"question": 2, "choice": "d"}]}
            """;

    static final String ATTEMPT_RESULT = """
            {"id": "3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d", "quizId": "sample-quiz", "quizVersion": 1,
             "submittedAt": "2026-11-23T19:00:00Z",
             "score": 1, "maxScore": 3, "percent": 33.3, "answered": 2,
             "level": "Developing",
             "recommendation": "Re-read the *sample* chapter.",
             "results": [
               {"question": 1, "chosen": "C", "response": {"choice": "C"}, "fraction": 1, "points": 1, "maxPoints": 1,
                "correct": true, "correctChoice": "C", "explanation": "`C` is right because the sample says so."},
               {"question": 2, "chosen": "A", "response": {"choice": "A"}, "fraction": 0, "points": 0, "maxPoints": 1,
                "correct": false, "correctChoice": "B", "feedback": ["A is the *old* name."],
                "explanation": "B, not A: see section 1.2."},
               {"question": 3, "chosen": null, "fraction": 0, "points": 0, "maxPoints": 1, "correct": false,
                "correctChoice": "D", "explanation": "Unanswered questions count as incorrect."}]}
            """;

    /* An attempt at a made-up quiz: two of its five questions drawn, in the attempt's own order. */
    static final String ATTEMPT_STATE = """
            {"id": "3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d", "quizId": "midterm", "quizVersion": 2, "state": "inProgress",
             "startedAt": "2026-11-23T19:00:00Z", "deadline": "2026-11-23T19:20:00Z", "graceUntil": "2026-11-23T19:20:30Z",
             "questions": [
               {"number": 4, "type": "single", "points": 1, "text": "Which status code means *Created*?",
                "choices": [{"key": "C", "text": "204"}, {"key": "A", "text": "200"}, {"key": "B", "text": "201"}]},
               {"number": 2, "type": "trueFalse", "points": 1, "text": "PUT is idempotent."}],
             "responses": {}}
            """;

    static final String ATTEMPT_STATE_SAVED = """
            {"id": "3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d", "quizId": "midterm", "quizVersion": 2, "state": "inProgress",
             "startedAt": "2026-11-23T19:00:00Z", "deadline": "2026-11-23T19:20:00Z", "graceUntil": "2026-11-23T19:20:30Z",
             "questions": [
               {"number": 4, "type": "single", "points": 1, "text": "Which status code means *Created*?",
                "choices": [{"key": "C", "text": "204"}, {"key": "A", "text": "200"}, {"key": "B", "text": "201"}]},
               {"number": 2, "type": "trueFalse", "points": 1, "text": "PUT is idempotent."}],
             "responses": {"4": {"choice": "B"}, "2": {"value": true}}}
            """;

    static final String SAVE_REQUEST = """
            {"answers": [{"question": 4, "choice": "b"}, {"question": 2, "value": true}]}
            """;

    static final String KEY_IN_FLIGHT = """
            {"type": "/problems/idempotency-key-in-flight", "title": "Conflict", "status": 409,
             "detail": "A request with this Idempotency-Key is still being processed; retry it shortly.", "instance": "/attempts"}
            """;

    static final String START_REQUIRED = """
            {"type": "/problems/start-required", "title": "Conflict", "status": 409,
             "detail": "Quiz midterm is timed, shuffled or drawn: start an attempt with POST /quizzes/midterm/attempts, then save and submit it.",
             "instance": "/attempts"}
            """;

    static final String ATTEMPT_LIMIT = """
            {"type": "/problems/attempt-limit-reached", "title": "Forbidden", "status": 403,
             "detail": "Quiz midterm allows 3 attempts per learner, and they have been made."}
            """;

    static final String QUIZ_NOT_OPEN = """
            {"type": "/problems/quiz-not-open", "title": "Forbidden", "status": 403,
             "detail": "Quiz midterm closed at 2026-11-30T23:59:59Z. No attempt is taken outside its window."}
            """;

    static final String NOT_A_LEARNER = """
            {"type": "/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "This quiz is for learners; the token has no learner role."}
            """;

    static final String TIME_IS_UP = """
            {"type": "/problems/time-is-up", "title": "Conflict", "status": 409,
             "detail": "The time of attempt 3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d was up at 2026-11-23T19:20:30Z: it is graded with the responses saved before then (GET /attempts/3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d).",
             "instance": "/attempts/3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d/responses"}
            """;

    static final String ATTEMPT_SUBMITTED = """
            {"type": "/problems/attempt-submitted", "title": "Conflict", "status": 409,
             "detail": "Attempt 3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d is submitted; nothing more can be saved to it. GET /attempts/3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d shows its result.",
             "instance": "/attempts/3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d/responses"}
            """;

    static final String ATTEMPT_CHANGED = """
            {"type": "/problems/attempt-changed", "title": "Precondition Failed", "status": 412,
             "detail": "Attempt 3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d was saved since the state your If-Match names: merge your responses into the current ones (attempt, etag) and save again with If-Match: \\"3\\".",
             "instance": "/attempts/3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d/responses",
             "etag": "\\"3\\"",
             "attempt": {"id": "3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d", "quizId": "midterm", "quizVersion": 2, "state": "inProgress",
               "startedAt": "2026-11-23T19:00:00Z", "deadline": "2026-11-23T19:20:00Z", "graceUntil": "2026-11-23T19:20:30Z",
               "questions": [{"number": 2, "type": "trueFalse", "points": 1, "text": "PUT is idempotent."}],
               "responses": {"2": {"value": false}}}}
            """;

    static final String NOT_DRAWN = """
            {"type": "/problems/invalid-request", "title": "Unprocessable Content", "status": 422,
             "detail": "The answer sheet does not fit quiz midterm version 2.",
             "instance": "/attempts/3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d/responses",
             "violations": [{"field": "answers[0].question", "in": "body", "message": "question 5 is not one of this attempt's questions (2, 4)"}]}
            """;

    static final String IF_MATCH_REQUIRED = """
            {"type": "/problems/precondition-required", "title": "Precondition Required", "status": 428,
             "detail": "Name the state you save over: send If-Match with the ETag that starting, reading or the last save of the attempt gave.",
             "instance": "/attempts/3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d/responses"}
            """;

    static final String GRADES_HIGHEST = """
            {"quizId": "midterm", "gradingMethod": "highest", "page": 0, "size": 20, "total": 2,
             "items": [
               {"learner": "ada", "grade": {"score": 8.5, "maxScore": 10, "percent": 85.0}, "attemptCount": 2,
                "attempts": [{"id": "3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d", "quizVersion": 2, "submittedAt": "2026-11-23T19:20:30Z",
                              "score": 8.5, "maxScore": 10, "percent": 85.0}]},
               {"learner": "ben", "grade": {"score": 6, "maxScore": 10, "percent": 60.0}, "attemptCount": 1,
                "attempts": [{"id": "8b1d3e2a-0c4f-4a6b-9d7e-1f2a3b4c5d6e", "quizVersion": 2, "submittedAt": "2026-11-24T08:02:11Z",
                              "score": 6, "maxScore": 10, "percent": 60.0}]}]}
            """;

    static final String GRADES_AVERAGE = """
            {"quizId": "homework", "gradingMethod": "average", "page": 0, "size": 20, "total": 1,
             "items": [
               {"learner": "ada", "grade": {"score": 6.3333, "maxScore": 10, "percent": 63.3}, "attemptCount": 3,
                "attempts": [
                  {"id": "3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d", "quizVersion": 1, "submittedAt": "2026-11-20T10:00:00Z", "score": 5, "maxScore": 10, "percent": 50.0},
                  {"id": "8b1d3e2a-0c4f-4a6b-9d7e-1f2a3b4c5d6e", "quizVersion": 1, "submittedAt": "2026-11-21T10:00:00Z", "score": 6, "maxScore": 10, "percent": 60.0},
                  {"id": "5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f", "quizVersion": 2, "submittedAt": "2026-11-22T10:00:00Z", "score": 8, "maxScore": 10, "percent": 80.0}]}]}
            """;
}
