package dev.quizbank.http;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;

import dev.quizbank.problem.ProblemWriter.Connection;
import dev.quizbank.problem.Problems;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;

/**
 * Where a request ends, as RFC 9112 frames it, and whom it is for. A request names one Host (3.2), and
 * chunked is the only transfer coding understood here (6.1, 6.3): Netty reads a body of any other coding
 * as none, so its bytes would be taken for a request. It presents one Authorization (RFC 9110, 11.6.2,
 * not a list): of two, a proxy could check one while the service took the other. Each is a 400, and
 * the connection is closed.
 */
final class Framing {

    private static final String TRANSFER_ENCODING = "Transfer-Encoding";

    private Framing() {
    }

    static Refusal check(HttpServerRequest request) {
        String detail = unframed(request);
        return detail == null ? null
                : new Refusal(Problems.ofStatus(400, detail), null, Refusals.closing(request, Connection.CLOSE_AFTER));
    }

    private static String unframed(HttpServerRequest request) {
        if (request.headers().getAll(HttpHeaders.HOST).size() > 1) {
            return "A request names one Host.";
        }
        if (request.headers().getAll(HttpHeaders.AUTHORIZATION).size() > 1) {
            return "A request presents one Authorization.";
        }
        List<String> codings = request.headers().getAll(TRANSFER_ENCODING);
        if (!codings.isEmpty() && !(codings.size() == 1 && codings.get(0).strip().equalsIgnoreCase("chunked"))) {
            return "The only transfer coding understood here is chunked.";
        }
        return null;
    }

    /**
     * Whether a body is still to come: an HTTP/1 body is framed by Content-Length or Transfer-Encoding
     * alone (6.3). A paused request without either is not "ended" until it is read, and its wait on
     * the database must not be taken for a body that never arrives.
     */
    static boolean bodyToCome(HttpServerRequest request) {
        if (request.isEnded()) {
            return false;
        }
        if (request.version() == HttpVersion.HTTP_2) {
            return true;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.headers().contains(TRANSFER_ENCODING) || (length != null && !length.strip().equals("0"));
    }
}
