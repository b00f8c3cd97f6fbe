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

}
