package dev.quizbank.http;

import dev.quizbank.problem.Problems;
import io.vertx.core.http.HttpServerRequest;

/**
 * Limits on what comes before the body: a request target over 4 KiB gets 414, headers over 16 KiB get 431.
 * Netty's own, larger limits (quarkus.http.limits.*) stay the outer bound; only what passes them can get a problem.
 */
final class RequestLimits {

    static final int MAX_TARGET = 4096;
    static final int MAX_HEADER_BYTES = 16_384;

    private RequestLimits() {
    }

    static Refusal target(HttpServerRequest request) {
        if (request.uri().length() <= MAX_TARGET) {
            return null;
        }
        return new Refusal(Problems.ofStatus(414, "The request target is longer than " + MAX_TARGET + " characters."),
                null, Refusals.closeAfter(request));
    }

    static Refusal headers(HttpServerRequest request) {
        if (headerBytes(request) <= MAX_HEADER_BYTES) {
            return null;
        }
        return new Refusal(Problems.ofStatus(431, "The request headers are larger than " + MAX_HEADER_BYTES + " bytes."),
                request.path(), Refusals.closeAfter(request));
    }

    private static int headerBytes(HttpServerRequest request) {
        int bytes = 0;
        for (var header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }
}
