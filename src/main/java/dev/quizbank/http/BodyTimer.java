package dev.quizbank.http;

import jakarta.inject.Singleton;

import dev.quizbank.config.QuizConfig;
import dev.quizbank.problem.ProblemWriter.Connection;
import dev.quizbank.problem.Problems;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * A body that has not arrived within {@code quiz.body-timeout} gets 408 and its connection closed, so
 * that a client trickling its body holds a connection for that long at most. Only a request that
 * has a body still to come is timed: one without waits on the database as long as it takes.
 */
@Singleton
class BodyTimer {

    private final Vertx vertx;
    private final Refusals refusals;
    private final long timeoutMillis;

    BodyTimer(Vertx vertx, Refusals refusals, QuizConfig config) {
        this.vertx = vertx;
        this.refusals = refusals;
        this.timeoutMillis = config.bodyTimeout().toMillis();
    }

    void start(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!Framing.bodyToCome(request)) {
            return;
        }
        long timer = vertx.setTimer(timeoutMillis, fired -> {
            if (!request.isEnded()) {
                refusals.send(context, new Refusal(Problems.ofStatus(408, "The request body did not arrive within "
                        + timeoutMillis / 1000.0 + " s."), request.path(), Refusals.closing(request, Connection.CLOSE_NOW)));
            }
        });
        context.addEndHandler(ended -> vertx.cancelTimer(timer));
    }
}
