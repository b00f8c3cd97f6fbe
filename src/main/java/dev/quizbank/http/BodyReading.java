package dev.quizbank.http;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import dev.quizbank.config.QuizConfig;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.impl.RoutingContextInternal;

/**
 * The body of a write is read whole on the event loop before any resource runs, so a slow client
 * holds no worker thread. One over {@code quiz.max-body-size} (a quiz source: {@code quiz.max-source-size})
 * fails with 413, which {@link RouterFailures} answers.
 */
@Singleton
class BodyReading {

    private static final String SOURCES = "/quizzes";

    private final long limit;
    private final long sourceLimit;

    BodyReading(QuizConfig config) {
        this.limit = config.maxBodySize().asLongValue();
        this.sourceLimit = config.maxSourceSize().asLongValue();
    }

    void install(@Observes Router router) {
        // Quiz sources may be larger than answer sheets; a body read once is not read again by the next route.
        router.route(SOURCES + "*").order(RouteOrder.SOURCE_BODY).method(HttpMethod.POST).method(HttpMethod.PUT).method(HttpMethod.DELETE)
                .handler(BodyHandler.create(false).setBodyLimit(sourceLimit))
                .handler(BodyReading::emptyBodyIsABody);
        router.route().order(RouteOrder.BODY).method(HttpMethod.POST).method(HttpMethod.PUT).method(HttpMethod.DELETE)
                .handler(BodyHandler.create(false).setBodyLimit(limit).setPreallocateBodyBuffer(true))
                .handler(BodyReading::emptyBodyIsABody);
    }

    /** The largest body a request to this path may send. */
    long limitFor(String path) {
        return path.startsWith(SOURCES) ? sourceLimit : limit;
    }

    /**
     * A chunked body that turns out empty leaves no buffer behind, and Quarkus REST would then wait
     * for a body from a request that has ended; it gets an empty one.
     */
    private static void emptyBodyIsABody(RoutingContext context) {
        if (context.body().buffer() == null) {
            ((RoutingContextInternal) context).setBody(Buffer.buffer());
        }
        context.next();
    }
}
