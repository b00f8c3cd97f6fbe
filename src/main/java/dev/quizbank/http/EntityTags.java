package dev.quizbank.http;

import jakarta.ws.rs.core.EntityTag;

/**
 * If-None-Match as RFC 9110 has it: weak comparison, so {@code W/"x"} matches {@code "x"}. Not JAX-RS's
 * {@code Request.evaluatePreconditions}, which Quarkus REST answers with a strong comparison, and which
 * the quiz reads answered on Vert.x (QuizReadRoute) could not call.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** Whether {@code ifNoneMatch} (a header value, possibly null) names {@code tag}, so the answer is 304. */
    public static boolean notModified(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = "\"" + tag.getValue() + "\"";
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.strip();
            if (trimmed.equals("*") || trimmed.equals(opaque) || trimmed.equals("W/" + opaque)) {
                return true;
            }
        }
        return false;
    }
}
