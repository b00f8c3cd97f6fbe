package dev.quizbank.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The first look at every request, on the event loop. It dates the answer ({@link HttpDate}), then checks, in this
 * order: a target over the {@link RequestLimits} (414); the {@link RequestSyntax} of target and headers, and the
 * {@link Framing} (400, connection closed);
 * headers over the limits (431); a write's {@link MediaTypeHeaders} (415). Then the {@link BodyTimer} starts.
 * Nothing is served behind an answer that closes the connection ({@link Refusals}), and what the router
 * fails itself is answered by {@link RouterFailures}. Health and metrics on the management port get the
 * same first look, so the same problems.
 */
@ApplicationScoped
class RequestGate {

    /** Singletons rather than application-scoped beans: every request calls them, and no client proxy stands in between. */
    private final Refusals refusals;
    private final BodyTimer bodyTimer;
    private final RouterFailures failures;

    RequestGate(Refusals refusals, BodyTimer bodyTimer, RouterFailures failures) {
        this.refusals = refusals;
        this.bodyTimer = bodyTimer;
        this.failures = failures;
    }

    void install(@Observes Router router) {
        installOn(router);
    }

    void install(@Observes ManagementInterface management) {
        installOn(management.router());
    }

    private void installOn(Router router) {
        router.route().order(RouteOrder.GATE).handler(this::check).failureHandler(failures::answer);
        // A path the router cannot decode fails before any route matches, so no route's failure handler sees it.
        router.errorHandler(400, failures::answer);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (refusals.closing(request.connection())) {
            return;
        }
        HttpDate.stamp(context.response());
        Refusal refusal = RequestLimits.target(request);
        if (refusal == null) {
            refusal = RequestSyntax.check(request);
        }
        if (refusal == null) {
            refusal = Framing.check(request);
        }
        if (refusal == null) {
            refusal = RequestLimits.headers(request);
        }
        if (refusal == null) {
            refusal = MediaTypeHeaders.check(request);
        }
        if (refusal != null) {
            refusals.send(context, refusal);
            return;
        }
        MediaTypeHeaders.dropBlankAccept(request);
        bodyTimer.start(context);
        context.next();
    }
}
