package dev.quizbank.quiz.rest;

/** Example bodies for the OpenAPI document, taken from the bundled quiz. */
final class Examples {

    private Examples() {
    }

    static final String QUIZ_PAGE = """
            {"items": [{"id": "chapter-20", "title": "Working with External APIs and Integrations", "chapter": 20,
                        "description": "Test your understanding of external API integration concepts, patterns, and best practices.",
                        "questionCount": 25, "version": 1}],
             "page": 0, "size": 20, "total": 1}
            """;

    static final String QUIZ_DETAIL = """
            {"id": "chapter-20", "title": "Working with External APIs and Integrations", "chapter": 20,
             "description": "Test your understanding of external API integration concepts, patterns, and best practices.",
             "questionCount": 25, "maxScore": 25, "version": 1,
             "scoringGuide": [
               {"minScore": 23, "maxScore": 25, "level": "Expert",
                "recommendation": "You have a strong grasp of API integration patterns. Proceed to advanced exercises."},
               {"minScore": 0, "maxScore": 7, "level": "Needs Review",
                "recommendation": "Start with the chapter introduction and work through each section with the code examples."}]}
            """;

    static final String QUIZ_QUESTIONS = """
            {"quizId": "chapter-20", "version": 1,
             "questions": [
               {"number": 1,
                "text": "Which Python HTTP library supports both synchronous and asynchronous requests natively?",
                "choices": [{"key": "A", "text": "requests"}, {"key": "B", "text": "urllib3"},
                            {"key": "C", "text": "httpx"}, {"key": "D", "text": "aiohttp"}]}]}
            """;


}
