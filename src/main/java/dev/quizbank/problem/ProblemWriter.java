package dev.quizbank.problem;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;

/**
 * Writes a problem straight onto a Vert.x response, for refusals made before any resource runs
 * (a body too large, too slow or of no declared type, a path the router cannot decode). The body is
 * serialised by the problem extension's serialiser, as every problem Quarkus REST answers is.
 */
@ApplicationScoped
public class ProblemWriter {

    private final ObjectMapper mapper;

    ProblemWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** What becomes of the connection after the problem; the answer says so, and the request gate does it. */
    public enum Connection {
        /** Kept open for the client's next request. */
        KEEP,
        /** Closed once the answer is out and the body still coming has arrived: for a body left unread. */
        CLOSE_AFTER,
        /** Closed once the answer is out: for a client that is still trickling its body. */
        CLOSE_NOW
    }

    /** Completes once the answer is written, or at once when the response was already answered or closed. */
    public Future<Void> send(HttpServerResponse response, HttpProblem problem, String instance, Connection connection) {
        if (response.ended() || response.closed()) {
            return Future.succeededFuture();
        }
        ObjectNode body = mapper.valueToTree(HttpProblem.builder(problem).withType(Problems.typeOf(problem)).build());
        // The path as the client sent it: the extension's serialiser would decode it.
        if (instance != null) {
            body.put("instance", instance);
        }
        try {
            // A handler that failed the request may have given the status a reason phrase of its own.
            response.setStatusCode(problem.getStatusCode())
                    .setStatusMessage(HttpResponseStatus.valueOf(problem.getStatusCode()).reasonPhrase())
                    .putHeader("Content-Type", Problems.MEDIA_TYPE);
            if (connection != Connection.KEEP) {
                response.putHeader("Connection", "close");
            }
            return response.end(mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem did not serialise", e);
        }
    }
}
