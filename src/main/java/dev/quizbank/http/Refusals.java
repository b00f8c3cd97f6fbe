package dev.quizbank.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import dev.quizbank.config.QuizConfig;
import dev.quizbank.problem.ProblemWriter;
import dev.quizbank.problem.ProblemWriter.Connection;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * Sends the HTTP layer's refusals as problems, and closes a connection whose answer said
 * {@code Connection: close}: Vert.x keeps a connection open when the request asked for it, whatever
 * the answer says, and would serve the requests pipelined behind; the gate drops them instead.
 */
@Singleton
class Refusals {

    private final ProblemWriter problems;
    private final Vertx vertx;
    private final long bodyTimeoutMillis;
    /** Connections being closed. Every request looks here, so the set is lock-free and almost always empty. */
    private final Set<HttpConnection> closing = ConcurrentHashMap.newKeySet();

    Refusals(ProblemWriter problems, Vertx vertx, QuizConfig config) {
        this.problems = problems;
        this.vertx = vertx;
        this.bodyTimeoutMillis = config.bodyTimeout().toMillis();
    }

    /** Whether the connection answered a refusal that closes it, so nothing behind it is served. */
    boolean closing(HttpConnection connection) {
        return closing.contains(connection);
    }

    void send(RoutingContext context, Refusal refusal) {
        HttpServerRequest request = context.request();
        Connection how = refusal.connection();
        if (how == Connection.KEEP) {
            problems.send(context.response(), refusal.problem(), refusal.instance(), how);
            return;
        }
        HttpConnection connection = request.connection();
        closing.add(connection);
        problems.send(context.response(), refusal.problem(), refusal.instance(), how).onComplete(written -> {
            if (how == Connection.CLOSE_NOW || request.isEnded()) {
                close(connection);
                return;
            }
            // Closing with body bytes unread would reset the connection, and the client could lose the answer.
            long timer = vertx.setTimer(bodyTimeoutMillis, fired -> close(connection));
            request.handler(dropped -> { }).endHandler(ended -> {
                vertx.cancelTimer(timer);
                close(connection);
            }).resume();
        });
    }

    private void close(HttpConnection connection) {
        connection.close().onComplete(closed -> closing.remove(connection));
    }

    /** A request whose body is not read to its end leaves the connection unusable for the next one. */
    static Connection closeAfter(HttpServerRequest request) {
        return request.isEnded() ? Connection.KEEP : closing(request, Connection.CLOSE_AFTER);
    }

    /** An HTTP/2 body belongs to its own stream, which the answer ends; HTTP/2 forbids the Connection header. */
    static Connection closing(HttpServerRequest request, Connection how) {
        return request.version() == HttpVersion.HTTP_2 ? Connection.KEEP : how;
    }
}
