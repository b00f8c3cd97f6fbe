package dev.quizbank.http;

import java.net.URI;
import java.net.URISyntaxException;

import dev.quizbank.problem.ProblemWriter.Connection;
import dev.quizbank.problem.Problems;
import io.netty.handler.codec.http.HttpHeaderValidationUtil;
import io.vertx.core.http.HttpServerRequest;

/**
 * A request target that is not a URI reference, or a header with a byte HTTP does not allow, gets 400
 * and its connection closed. Vert.x would answer both with a bare 400 of its own unless told not to check.
 */
public final class RequestSyntax {

    /**
     * Set (by {@code QuizbankMain}), Quarkus leaves a request target that java.net.URI cannot parse
     * ({@code /attempts/%ZZ}) to the router instead of answering a bare 400, and the gate refuses it as a problem.
     */
    public static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";
    /**
     * Set (by {@code QuizbankMain}), Vert.x passes a header with a byte HTTP does not allow in it on to
     * the router instead of answering a bare 400, and the gate refuses it as a problem. It also
     * stops Vert.x checking the response headers: the one that carries what a client sent,
     * Access-Control-Allow-Origin, echoes an Origin only after the gate has refused such bytes in it.
     */
    public static final String HEADER_VALIDATION_OFF = "vertx.disableHttpHeadersValidation";

    private RequestSyntax() {
    }

    static Refusal check(HttpServerRequest request) {
        if (!parses(request.uri())) {
            return refusal(request, "The request target is not a valid URI reference.");
        }
        String malformed = malformedHeader(request);
        // The decoder framed this request without the malformed header ("Transfer-Encoding :"), where a proxy
        // may have framed it with it: what follows on the connection is not trusted to be the next request.
        return malformed == null ? null : refusal(request, malformed);
    }

    private static Refusal refusal(HttpServerRequest request, String detail) {
        return new Refusal(Problems.ofStatus(400, detail), null, Refusals.closing(request, Connection.CLOSE_AFTER));
    }

    private static boolean parses(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The rule Vert.x applies when it checks: a name is a token, a value visible characters, spaces and tabs (RFC 9110, 5.1 and 5.5). */
    private static String malformedHeader(HttpServerRequest request) {
        for (var header : request.headers()) {
            if (header.getKey().isEmpty() || HttpHeaderValidationUtil.validateToken(header.getKey()) >= 0) {
                return "A request header's name holds a character that HTTP does not allow in it.";
            }
            if (HttpHeaderValidationUtil.validateValidHeaderValue(header.getValue()) >= 0) {
                return "The value of the request header " + header.getKey() + " holds a character that HTTP does not allow in it.";
            }
        }
        return null;
    }
}
