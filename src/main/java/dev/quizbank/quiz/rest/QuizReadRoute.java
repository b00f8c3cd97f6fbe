package dev.quizbank.quiz.rest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.quizbank.http.RouteOrder;
import dev.quizbank.quiz.service.PublishedQuiz;
import dev.quizbank.quiz.service.QuizCatalog;
import io.netty.buffer.Unpooled;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The hot reads, {@code GET /quizzes/{id}} and {@code GET /quizzes/{id}/questions}, answered straight
 * from the rendered bytes on the event loop, after the gate and CORS but before Quarkus REST's
 * dispatch, whose work these reads do not need (BENCHMARKS.md has what it cost them).
 * Only the plain case is taken: a published quiz, at most a well-formed {@code version} that the catalog
 * holds in memory, an Accept that JSON satisfies. Everything else, refusals and older versions still
 * to be loaded from the database included, goes on to {@link QuizResource}, which answers it as it
 * answers all of these, with the same {@link RenderedQuizzes.Reply}. The route does what QuizResource's
 * methods declare, and nothing they do not: {@link ReadRouteContract}.
 */
@ApplicationScoped
class QuizReadRoute {

    private static final Logger LOG = Logger.getLogger(QuizReadRoute.class);
    private static final Pattern VERSION_QUERY = Pattern.compile("version=(" + QuizVersionParams.VERSION_PATTERN + ")");
    private static final String JSON = MediaType.APPLICATION_JSON;

    private final QuizCatalog catalog;
    private final RenderedQuizzes rendered;
    /** Quarkus's compression rule (quarkus.http.compress-media-types), for a client that takes a coding other than gzip. */
    private final boolean compressJson;
    /** The header MicroProfile JWT reads a token from (a cookie may carry one too). */
    private final String tokenHeader;
    /**
     * Path permissions (quarkus.http.auth.permission.*) are checked after the token, so no read may pass before it.
     * Nothing public tells which HTTP security policy covers a path (quarkusio/quarkus#41546), so any permission counts.
     */
    private final boolean pathPermissions;

    QuizReadRoute(QuizCatalog catalog, RenderedQuizzes rendered,
            @ConfigProperty(name = "quarkus.http.compress-media-types") Set<String> compressedMediaTypes,
            @ConfigProperty(name = "mp.jwt.token.header", defaultValue = HttpHeaders.AUTHORIZATION) String tokenHeader,
            Config config) {
        this.catalog = catalog;
        this.rendered = rendered;
        this.compressJson = compressedMediaTypes.contains(JSON);
        this.tokenHeader = tokenHeader;
        this.pathPermissions = StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .anyMatch(name -> name.startsWith("quarkus.http.auth.permission."));
    }

    void install(@Observes Router router) {
        List<String> unhonoured = ReadRouteContract.unhonoured();
        if (!unhonoured.isEmpty()) {
            LOG.warnf("QuizResource declares for its reads what QuizReadRoute does not honour, so Quarkus REST answers them all: %s",
                    unhonoured);
            return;
        }
        route(router, "/quizzes/:id", "", rendered::detail);
        route(router, "/quizzes/:id/questions", "/questions", rendered::questions);
    }

    /**
     * Twice: just before the token check, for a request that presents no credentials, so that there is
     * nothing to check (the check costs an anonymous read an eighth of its CPU); and after it, for one
     * that does, once it has passed.
     */
    private void route(Router router, String path, String suffix, Function<PublishedQuiz, RenderedQuizzes.Rendered> view) {
        if (!pathPermissions) {
            router.get(path).order(RouteOrder.READ_WITHOUT_CREDENTIALS).handler(context -> {
                if (presentsCredentials(context.request())) {
                    context.next();
                } else {
                    read(context, suffix, view);
                }
            });
        }
        router.get(path).order(RouteOrder.READ_AFTER_SECURITY).handler(context -> read(context, suffix, view));
    }

    private boolean presentsCredentials(HttpServerRequest request) {
        MultiMap headers = request.headers();
        return headers.contains(HttpHeaders.AUTHORIZATION) || headers.contains(tokenHeader) || headers.contains(HttpHeaders.COOKIE);
    }

    private void read(RoutingContext context, String suffix, Function<PublishedQuiz, RenderedQuizzes.Rendered> view) {
        HttpServerRequest request = context.request();
        String id = context.pathParam("id");
        Matcher pinned = request.query() == null ? null : VERSION_QUERY.matcher(request.query());
        boolean plain = (pinned == null || pinned.matches()) && takesJson(request.getHeader(HttpHeaders.ACCEPT))
                && request.path().equals("/quizzes/" + id + suffix);
        Optional<PublishedQuiz> quiz = plain
                ? catalog.findInMemory(id, pinned == null ? null : Integer.valueOf(pinned.group(1)))
                : Optional.empty();
        if (quiz.isEmpty()) {
            context.next();
            return;
        }
        RenderedQuizzes.Reply reply = RenderedQuizzes.Reply.of(view.apply(quiz.get()), pinned != null,
                request.getHeader(HttpHeaders.IF_NONE_MATCH), request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        HttpServerResponse response = context.response();
        response.putHeader(HttpHeaders.CACHE_CONTROL, reply.cacheControl())
                .putHeader(HttpHeaders.ETAG, reply.etag());
        // Added to what is there: CORS makes it vary on Origin too.
        response.headers().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (reply.notModified()) {
            // Quarkus marks every response "identity" until a compressible media type clears it; a 304 has none.
            response.headers().remove(HttpHeaders.CONTENT_ENCODING);
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, JSON);
        if (reply.gzipped()) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        } else if (compressJson) {
            // Quarkus's "identity" mark, cleared as Quarkus clears it for a compressible type: Netty compresses for a deflate or br client.
            response.headers().remove(HttpHeaders.CONTENT_ENCODING);
        }
        // Wrapped, not copied: the rendered bytes never change.
        response.end(Buffer.buffer(Unpooled.wrappedBuffer(reply.body())));
    }

    private static boolean takesJson(String accept) {
        return accept == null || accept.equals("*/*") || accept.equals(JSON);
    }
}
