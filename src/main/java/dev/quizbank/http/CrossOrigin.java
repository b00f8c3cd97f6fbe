package dev.quizbank.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CorsHandler;

/**
 * Cross-origin use as docs/design.md has it: pages from the origins QUARKUS_HTTP_CORS_ORIGINS lists (exact, or
 * {@code /regex/}) may call the API, same-origin pages always, no other. Vert.x Web's CORS handler
 * takes this place of Quarkus's, which answers a refused origin with a bare 403 itself; this one
 * fails the request instead, so {@link RouterFailures} answers it as a problem.
 */
@ApplicationScoped
class CrossOrigin {

    private static final Set<HttpMethod> METHODS = Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE);
    private static final Set<String> REQUEST_HEADERS = Set.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.AUTHORIZATION,
            "Idempotency-Key", HttpHeaders.IF_NONE_MATCH, HttpHeaders.IF_MATCH);
    private static final Set<String> EXPOSED_HEADERS = Set.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.RETRY_AFTER);
    private static final int MAX_AGE_SECONDS = 3600;
    private static final String ORIGIN = "Origin";
    /**
     * An LMS's form posts and redirects of an LTI launch arrive in a browser navigation from the platform's site: no
     * CORS read, and vouched for by the platform's signature and the state's binding, so any Origin may make them.
     */
    private static final Set<String> LTI_NAVIGATIONS = Set.of("/lti/login", "/lti/launch");

    /** Null when no origin is listed: then every cross-origin request is refused. */
    private final CorsHandler listed;

    CrossOrigin(@ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins) {
        this.listed = origins.filter(list -> !list.isEmpty()).map(CrossOrigin::handler).orElse(null);
    }

    private static CorsHandler handler(List<String> origins) {
        CorsHandler handler = CorsHandler.create().allowedMethods(METHODS).allowedHeaders(REQUEST_HEADERS)
                .exposedHeaders(EXPOSED_HEADERS).maxAgeSeconds(MAX_AGE_SECONDS);
        for (String origin : origins) {
            if (origin.length() > 1 && origin.startsWith("/") && origin.endsWith("/")) {
                handler.addOriginWithRegex(origin.substring(1, origin.length() - 1));
            } else {
                handler.addOrigin(origin);
            }
        }
        return handler;
    }

    void install(@Observes Router router) {
        router.route().order(RouteOrder.CROSS_ORIGIN).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (listed != null) {
            // Whether an answer carries Access-Control-Allow-Origin depends on the Origin, so a shared cache must key on it.
            context.addHeadersEndHandler(written -> varyOnOrigin(context.response().headers()));
        }
        String origin = request.getHeader(ORIGIN);
        if (origin != null && (sameOrigin(request, origin) || LTI_NAVIGATIONS.contains(request.path()))) {
            context.next();
        } else if (listed != null) {
            listed.handle(context);
        } else if (origin != null) {
            context.fail(403);
        } else {
            context.next();
        }
    }

    /** Once, whatever else the answer varies on and whoever said so first. */
    private static void varyOnOrigin(MultiMap headers) {
        boolean said = headers.getAll(HttpHeaders.VARY).stream().flatMap(value -> Arrays.stream(value.split(",")))
                .anyMatch(name -> name.strip().equalsIgnoreCase(ORIGIN));
        if (!said) {
            headers.add(HttpHeaders.VARY, ORIGIN);
        }
    }

    /** Browsers send Origin on a page's own writes too; those are not cross-origin. */
    static boolean sameOrigin(HttpServerRequest request, String origin) {
        HostAndPort authority = request.authority();
        if (authority == null) {
            return false;
        }
        try {
            URI page = new URI(origin);
            return request.scheme().equalsIgnoreCase(page.getScheme()) && authority.host().equalsIgnoreCase(page.getHost())
                    && port(request.scheme(), authority.port()) == port(page.getScheme(), page.getPort())
                    && (page.getRawPath() == null || page.getRawPath().isEmpty());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(String scheme, int port) {
        return port >= 0 ? port : "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
