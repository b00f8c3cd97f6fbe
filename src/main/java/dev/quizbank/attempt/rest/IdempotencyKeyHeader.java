package dev.quizbank.attempt.rest;

import java.util.List;
import java.util.Optional;

import dev.quizbank.problem.Problems;
import dev.quizbank.problem.Problems.Violation;

/**
 * The Idempotency-Key header of the IETF httpapi draft: a structured-field string
 * ({@code "abc"}), or the bare value that Stripe-style clients send ({@code abc}), which is the
 * same key.
 */
final class IdempotencyKeyHeader {

    static final String NAME = "Idempotency-Key";
    private static final int MAX_LENGTH = 255;

    private IdempotencyKeyHeader() {
    }

    /** The key from every Idempotency-Key header of a request: none, or exactly one that is well-formed. */
    static Optional<String> parse(List<String> headers) {
        if (headers == null || headers.isEmpty()) {
            return Optional.empty();
        }
        if (headers.size() > 1) {
            throw Problems.badRequest("The request has more than one Idempotency-Key header.", List.of(new Violation(NAME,
                    "header", "must be sent once")));
        }
        String header = headers.get(0);
        boolean quoted = header.startsWith("\"");
        String key = !quoted ? header
                : header.length() >= 2 && header.endsWith("\"") ? unescape(header.substring(1, header.length() - 1))
                : null;
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw Problems.badRequest("The Idempotency-Key header is malformed.", List.of(new Violation(NAME, "header",
                    "must be 1 to 255 printable ASCII characters, bare or as a quoted structured-field string")));
        }
        return Optional.of(key);
    }

    /** Undoes the escapes a structured-field string allows; null when it is not a valid one. */
    private static String unescape(String quoted) {
        StringBuilder key = new StringBuilder(quoted.length());
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c == '\\') {
                if (++i == quoted.length() || (quoted.charAt(i) != '"' && quoted.charAt(i) != '\\')) {
                    return null;
                }
                c = quoted.charAt(i);
            } else if (c == '"') {
                return null;
            }
            key.append(c);
        }
        return key.toString();
    }
}
