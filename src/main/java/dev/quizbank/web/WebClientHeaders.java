package dev.quizbank.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.quizbank.http.RouteOrder;
import dev.quizbank.lti.platform.PlatformOrigins;
import io.quarkus.runtime.LaunchMode;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers of the web client's files (src/main/webui, served by Quinoa at /). The page may load
 * nothing but its own scripts and styles, so a quiz text that slipped past the Markdown renderer
 * still could not run a script. The page itself is revalidated on every visit, so a new release
 * is picked up at once; its assets have content-hashed names and stay cached.
 */
@ApplicationScoped
public class WebClientHeaders {

    static final String POLICY = "default-src 'self'; img-src 'self' blob: data:; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    private final PlatformOrigins platforms;

    WebClientHeaders(PlatformOrigins platforms) {
        this.platforms = platforms;
    }

    /** The policy, letting registered LTI platforms frame the page (a launch) and receive its forms (a deep link's answer). */
    String policy() {
        String origins = platforms.sources();
        return origins.isEmpty() ? POLICY : POLICY.replace("frame-ancestors 'none'", "frame-ancestors " + origins)
                .replace("form-action 'self'", "form-action 'self' " + origins);
    }

    void install(@Observes Router router) {
        // In dev mode Quinoa forwards to Vite's dev server, which injects styles and its reload client inline.
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            return;
        }
        router.getWithRegex("/(index\\.html)?").order(RouteOrder.WEB_CLIENT_HEADERS).handler(context -> page(context, policy(), true));
        router.get("/assets/*").order(RouteOrder.WEB_CLIENT_HEADERS).handler(context -> page(context, policy(), false));
    }

    private static void page(RoutingContext context, String policy, boolean revalidate) {
        // Set when the response is about to leave: the static files handler writes its own caching headers first.
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("Content-Security-Policy", policy);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            if (revalidate) {
                headers.set("Cache-Control", "no-cache");
            }
        });
        context.next();
    }
}
