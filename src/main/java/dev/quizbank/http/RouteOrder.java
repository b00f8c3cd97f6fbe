package dev.quizbank.http;

/**
 * The order of every Vert.x route the service installs, beside Quarkus's own: a request meets them
 * from the lowest number up, and routes of one number in the order they were installed.
 *
 * <ol>
 * <li>{@link #GATE}: {@link RequestGate}, the first look at every request, on the management port too:
 *     {@link RequestLimits}, {@link RequestSyntax}, {@link Framing}, {@link MediaTypeHeaders}, then the
 *     {@link BodyTimer}; its refusals ({@link Refusals}) and what the router fails itself
 *     ({@link RouterFailures}) are answered as problems. Quarkus's own first routes share this number.</li>
 * <li>{@link #CONTENT_POLICIES}: {@link ContentPolicies}, so that every answer after the gate's carries them.</li>
 * <li>{@link #CROSS_ORIGIN}: {@link CrossOrigin} answers preflights and fails refused origins into {@link RouterFailures}.</li>
 * <li>{@link #SOURCE_BODY}, then {@link #BODY}: {@link BodyReading} reads the body of a write whole.</li>
 * <li>{@link #WEB_CLIENT_HEADERS}: {@code web.WebClientHeaders}, on the web client's pages.</li>
 * <li>{@link #READ_WITHOUT_CREDENTIALS}: {@code quiz.rest.QuizReadRoute}, for a read that presents no credentials.</li>
 * <li>Quarkus: authentication at {@link #QUARKUS_AUTHENTICATION}, authorization at -100, its compression
 *     marker ({@code Content-Encoding: identity}) at 0.</li>
 * <li>{@link #READ_AFTER_SECURITY}: {@code quiz.rest.QuizReadRoute} again, for a read whose credentials have passed.</li>
 * <li>Quarkus REST at 20,500, then the web client's files.</li>
 * <li>{@link #UNEXPECTED_FAILURES}: {@link UnexpectedFailures}, failures only; then Quarkus's error handler, last.</li>
 * </ol>
 *
 * Quarkus's own numbers are not public API: {@code io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities}
 * and {@code RouteConstants} live in its runtime module (quarkusio/quarkus#49100 moved the former there for its
 * recorders; the HTTP reference, "Built-in route order values", quarkusio/quarkus#35917, lists the latter), and
 * nothing public lets a route run before proactive authentication for the requests that carry no credentials
 * (quarkusio/quarkus#51483 asked for a per-path opt-out). {@code RouteOrderTest} holds these copies to Quarkus's values.
 */
public final class RouteOrder {

    public static final int GATE = Integer.MIN_VALUE;
    public static final int CONTENT_POLICIES = GATE + 1;
    public static final int CROSS_ORIGIN = GATE + 2;
    public static final int SOURCE_BODY = GATE + 3;
    public static final int BODY = GATE + 4;
    public static final int WEB_CLIENT_HEADERS = GATE + 5;

    /** Quarkus's proactive authentication, where a token is checked (SecurityHandlerPriorities.AUTHENTICATION, negated). */
    public static final int QUARKUS_AUTHENTICATION = -200;
    public static final int READ_WITHOUT_CREDENTIALS = QUARKUS_AUTHENTICATION - 1;
    /** After authorization and the compression marker, before Quarkus REST (RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT). */
    public static final int READ_AFTER_SECURITY = 1000;

    /** Just before Quarkus's error handler, which is the router's last route. */
    public static final int UNEXPECTED_FAILURES = Integer.MAX_VALUE - 1;

    private RouteOrder() {
    }
}
