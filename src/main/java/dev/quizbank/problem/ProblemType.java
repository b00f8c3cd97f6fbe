package dev.quizbank.problem;

import java.net.URI;

/**
 * Every problem type this service answers with, beyond {@code about:blank} (a refusal its status
 * says all about). The URIs are stable: clients may switch on them.
 */
public enum ProblemType {
    INVALID_REQUEST("/problems/invalid-request", 400, "Bad Request"),
    UNPROCESSABLE("/problems/invalid-request", 422, "Unprocessable Content"),
    NOT_FOUND("/problems/not-found", 404, "Not Found"),
    IDEMPOTENCY_KEY_IN_FLIGHT("/problems/idempotency-key-in-flight", 409, "Conflict"),
    IDEMPOTENCY_KEY_REUSED("/problems/idempotency-key-reused", 422, "Unprocessable Content"),
    UNAUTHORIZED("/problems/unauthorized", 401, "Unauthorized"),
    FORBIDDEN("/problems/forbidden", 403, "Forbidden"),
    ATTEMPT_LIMIT_REACHED("/problems/attempt-limit-reached", 403, "Forbidden"),
    QUIZ_NOT_OPEN("/problems/quiz-not-open", 403, "Forbidden"),
    START_REQUIRED("/problems/start-required", 409, "Conflict"),
    ATTEMPT_SUBMITTED("/problems/attempt-submitted", 409, "Conflict"),
    TIME_IS_UP("/problems/time-is-up", 409, "Conflict"),
    ATTEMPT_CHANGED("/problems/attempt-changed", 412, "Precondition Failed"),
    NOT_QUIZ_OWNER("/problems/not-quiz-owner", 403, "Forbidden"),
    QUIZ_EXISTS("/problems/quiz-exists", 409, "Conflict"),
    NOT_EXPORTABLE("/problems/not-exportable", 406, "Not Acceptable"),
    VERSION_CONFLICT("/problems/version-conflict", 412, "Precondition Failed"),
    PRECONDITION_REQUIRED("/problems/precondition-required", 428, "Precondition Required"),
    PLATFORM_EXISTS("/problems/platform-exists", 409, "Conflict"),
    TOOL_KEY_CONFIGURED("/problems/tool-key-configured", 409, "Conflict"),
    LTI_LAUNCH_REFUSED("/problems/lti-launch-refused", 400, "Bad Request"),
    RATE_LIMITED("/problems/rate-limited", 429, "Too Many Requests"),
    DATABASE_UNAVAILABLE("/problems/database-unavailable", 503, "Service Unavailable"),
    BUSY("/problems/busy", 503, "Service Unavailable");

    static final URI ABOUT_BLANK = URI.create("about:blank");

    private final URI uri;
    private final int status;
    private final String title;

    ProblemType(String uri, int status, String title) {
        this.uri = URI.create(uri);
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return uri;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
