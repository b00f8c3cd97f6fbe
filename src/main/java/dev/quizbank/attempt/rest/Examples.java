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
               {"question": 1, "chosen": "C", "correct": true, "correctChoice": "C",
                "explanation": "`C` is right because the sample says so."},
               {"question": 2, "chosen": "A", "correct": false, "correctChoice": "B",
                "explanation": "B, not A: see section 1.2."},
               {"question": 3, "chosen": null, "correct": false, "correctChoice": "D",
                "explanation": "Unanswered questions count as incorrect."}]}
            """;

    static final String MISSING_ANSWERS = """
            {"type": "/problems/invalid-request", "title": "Bad Request", "status": 400,
             "detail": "The request has invalid fields; see violations.", "instance": "/attempts",
             "violations": [{"field": "answers", "in": "body", "message": "must not be null"}]}
            """;

    static final String BAD_ANSWERS = """
            {"type": "/problems/invalid-request", "title": "Unprocessable Content", "status": 422,
             "detail": "The answer sheet does not fit quiz chapter-20 version 1.", "instance": "/attempts",
             "violations": [
               {"field": "answers[1].question", "in": "body", "message": "quiz chapter-20 version 1 has no question 26 (it has 1 to 25)"},
               {"field": "answers[3].choice", "in": "body", "message": "'E' is not a choice of question 4 (A, B, C, D)"}]}
            """;

    static final String KEY_IN_FLIGHT = """
            {"type": "/problems/idempotency-key-in-flight", "title": "Conflict", "status": 409,
             "detail": "A request with this Idempotency-Key is still being processed; retry it shortly.", "instance": "/attempts"}
            """;

    static final String TOO_LARGE = """
            {"type": "about:blank", "title": "Content Too Large", "status": 413,
             "detail": "The request body is larger than 65536 bytes.", "instance": "/attempts"}
            """;

    static final String UNSUPPORTED_TYPE = """
            {"type": "about:blank", "title": "Unsupported Media Type", "status": 415,
             "detail": "Send the request body as application/json.", "instance": "/attempts"}
            """;

    static final String RATE_LIMITED = """
            {"type": "/problems/rate-limited", "title": "Too Many Requests", "status": 429,
             "detail": "This client may make 20 such requests per second (bursts of 40); retry in 1 s.", "instance": "/attempts"}
            """;

    static final String ATTEMPT_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not Found", "status": 404,
             "detail": "There is no attempt '3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d'.",
             "instance": "/attempts/3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d"}
            """;
}
