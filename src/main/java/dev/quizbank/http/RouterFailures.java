package dev.quizbank.http;

import jakarta.inject.Singleton;

import dev.quizbank.problem.ProblemWriter.Connection;
import dev.quizbank.problem.Problems;
import io.netty.handler.codec.DecoderException;
import io.vertx.ext.web.RoutingContext;

/**
 * Failures the router meets before any resource runs (a path it cannot decode, a refused origin, a
 * body too large, a body whose chunked framing breaks) carry only a status; clients get a problem.
 * Server errors go on to {@link UnexpectedFailures}.
 */
@Singleton
class RouterFailures {

    private final Refusals refusals;
    private final BodyReading bodies;

    RouterFailures(Refusals refusals, BodyReading bodies) {
        this.refusals = refusals;
        this.bodies = bodies;
    }

    void answer(RoutingContext context) {
        int status = context.statusCode();
        if (context.response().ended() || context.response().closed()) {
            return;
        }
        HttpDate.stamp(context.response());
        if (context.failure() instanceof NumberFormatException || context.failure() instanceof DecoderException) {
            // Netty could not read the body's framing (a chunk size that is no number) and closes the connection;
            // a client's malformed body is not the service's error, and would otherwise be logged as one, trace and all.
            refusals.send(context, new Refusal(Problems.ofStatus(400, "The request body's chunked framing is malformed."), null,
                    Refusals.closing(context.request(), Connection.CLOSE_NOW)));
            return;
        }
        if (status < 400 || status >= 500) {
            context.next();
            return;
        }
        String detail = switch (status) {
            case 400 -> "The request line or path is malformed.";
            case 403 -> "Pages from this request's Origin may not call the API.";
            case 413 -> "The request body is larger than " + bodies.limitFor(context.request().path()) + " bytes.";
            default -> "The request was refused.";
        };
        refusals.send(context, new Refusal(Problems.ofStatus(status, detail), null, Refusals.closeAfter(context.request())));
    }
}
