package dev.quizbank.http;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;

import dev.quizbank.problem.Problems;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

/**
 * A POST or PUT names its body's media type, else 415: no cross-site "simple" writes. An Accept that
 * names no media range is taken as RFC 9110 reads it, as no preference.
 */
final class MediaTypeHeaders {

    private MediaTypeHeaders() {
    }

    static Refusal check(HttpServerRequest request) {
        boolean write = request.method() == HttpMethod.POST || request.method() == HttpMethod.PUT;
        if (!write || request.getHeader(HttpHeaders.CONTENT_TYPE) != null) {
            return null;
        }
        return new Refusal(Problems.ofStatus(415, "Name the body's media type in a Content-Type header."),
                request.path(), Refusals.closeAfter(request));
    }

    /** RESTEasy Reactive fails on an Accept that names no media range; it goes, and the others stay. */
    static void dropBlankAccept(HttpServerRequest request) {
        List<String> accepts = request.headers().getAll(HttpHeaders.ACCEPT);
        if (accepts.stream().anyMatch(String::isBlank)) {
            request.headers().remove(HttpHeaders.ACCEPT);
            accepts.stream().filter(accept -> !accept.isBlank()).forEach(accept -> request.headers().add(HttpHeaders.ACCEPT, accept));
        }
    }
}
