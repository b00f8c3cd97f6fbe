package dev.quizbank.http;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers that keep a browser from running what the API serves: no answer is sniffed for another
 * media type than it names, and a document that can be opened on its own (an SVG plot, a quiz
 * export) runs no script and loads nothing, even opened from its URL. The web client's pages have
 * their own policy ({@code WebClientHeaders}).
 */
@ApplicationScoped
public class ContentPolicies {

    static final String SANDBOXED = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
    private static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    private static final String CONTENT_DISPOSITION = "Content-Disposition";

    void install(@Observes Router router) {
        router.route().order(RouteOrder.CONTENT_POLICIES).handler(ContentPolicies::noSniffing);
        // Only exports and drawings are documents of their own: the reads on the hot path carry no end handler.
        for (String path : List.of("/quizzes/:id/source", "/quizzes/:id/statistics/*")) {
            router.get(path).order(RouteOrder.CONTENT_POLICIES).handler(ContentPolicies::sandboxed);
        }
    }

    private static void noSniffing(RoutingContext context) {
        context.response().putHeader("X-Content-Type-Options", "nosniff");
        context.next();
    }

    private static void sandboxed(RoutingContext context) {
        HttpServerResponse response = context.response();
        context.addHeadersEndHandler(written -> {
            MultiMap headers = response.headers();
            String type = headers.get(HttpHeaders.CONTENT_TYPE);
            if ((type != null && type.startsWith("image/svg+xml")) || headers.contains(CONTENT_DISPOSITION)) {
                headers.set(CONTENT_SECURITY_POLICY, SANDBOXED);
            }
        });
        context.next();
    }
}
