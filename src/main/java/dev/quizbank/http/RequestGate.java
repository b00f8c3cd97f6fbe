package dev.quizbank.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import dev.quizbank.config.QuizConfig;
import dev.quizbank.problem.ProblemWriter;
import dev.quizbank.problem.ProblemWriter.Connection;
import dev.quizbank.problem.Problems;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.http.HttpHeaderValidationUtil;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.impl.RoutingContextInternal;

/**
 * The first look at every request, on the event loop. A request target over 4 KiB gets 414,
 * headers over 16 KiB get 431 (Netty's own, larger limits stay the outer bound), a POST or PUT that
 * names no Content-Type gets 415 (no cross-site "simple" writes). A body is then read whole on the
 * event loop before any resource runs, so a slow client holds no worker thread: one over
 * {@code quiz.max-body-size} (a quiz source: {@code quiz.max-source-size}) gets 413, one that has not arrived within {@code quiz.body-timeout}
 * gets 408 and its connection closed. A request target that is not a URI reference, a header with a
 * byte HTTP does not allow, two Hosts or a transfer coding other than chunked get 400, and what the
 * router refuses itself (a path it cannot decode) is answered as a problem too.
 */
@ApplicationScoped
public class RequestGate {

    /**
     * Set (by {@code QuizbankMain}), Quarkus leaves a request target that java.net.URI cannot parse
     * ({@code /attempts/%ZZ}) to the router instead of answering a bare 400, and {@link #check} refuses it as a problem.
     */
    public static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";
    /**
     * Set (by {@code QuizbankMain}), Vert.x passes a header with a byte HTTP does not allow in it on to
     * the router instead of answering a bare 400, and {@link #check} refuses it as a problem. It also
     * stops Vert.x checking the response headers: the one that carries what a client sent,
     * Access-Control-Allow-Origin, echoes an Origin only after the gate has refused such bytes in it.
     */
    public static final String HEADER_VALIDATION_OFF = "vertx.disableHttpHeadersValidation";
    /** First of all routes; {@link CrossOrigin} comes next, then the body is read. */
    static final int ORDER = Integer.MIN_VALUE;
    static final int MAX_TARGET = 4096;
    private static final String TRANSFER_ENCODING = "Transfer-Encoding";
    static final int MAX_HEADER_BYTES = 16_384;

    private final long limit;
    private final long sourceLimit;
    private final long bodyTimeoutMillis;
    private final ProblemWriter problems;
    private final Vertx vertx;
    /**
     * Connections whose answer said {@code Connection: close}, until they are closed. Vert.x keeps a connection
     * open when the request asked for it, whatever the answer says, and would serve the requests pipelined
     * behind; the gate drops them. Every request looks here, so the set is lock-free and almost always empty.
     */
    private final Set<HttpConnection> closing = ConcurrentHashMap.newKeySet();

    RequestGate(QuizConfig config, ProblemWriter problems, Vertx vertx) {
        this.limit = config.maxBodySize().asLongValue();
        this.sourceLimit = config.maxSourceSize().asLongValue();
        this.bodyTimeoutMillis = config.bodyTimeout().toMillis();
        this.problems = problems;
        this.vertx = vertx;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check).failureHandler(this::refused);
        // A path the router cannot decode fails before any route matches, so no route's failure handler sees it.
        router.errorHandler(400, this::refused);
        // Quiz sources may be larger than answer sheets; a body read once is not read again by the next route.
        router.route("/quizzes*").order(CrossOrigin.ORDER + 1).method(HttpMethod.POST).method(HttpMethod.PUT).method(HttpMethod.DELETE)
                .handler(BodyHandler.create(false).setBodyLimit(sourceLimit))
                .handler(RequestGate::emptyBodyIsABody);
        router.route().order(CrossOrigin.ORDER + 2).method(HttpMethod.POST).method(HttpMethod.PUT).method(HttpMethod.DELETE)
                .handler(BodyHandler.create(false).setBodyLimit(limit).setPreallocateBodyBuffer(true))
                .handler(RequestGate::emptyBodyIsABody);
    }

    /** Health and metrics on the management port get the same first look, so the same problems. */
    void install(@Observes ManagementInterface management) {
        management.router().route().order(ORDER).handler(this::check).failureHandler(this::refused);
        management.router().errorHandler(400, this::refused);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (closing.contains(request.connection())) {
            return;
        }
        if (request.uri().length() > MAX_TARGET) {
            refuse(context, Problems.ofStatus(414,
                    "The request target is longer than " + MAX_TARGET + " characters."), null, closeAfter(request));
            return;
        }
        if (!parses(request.uri())) {
            refuse(context, Problems.ofStatus(400, "The request target is not a valid URI reference."),
                    null, closing(request, Connection.CLOSE_AFTER));
            return;
        }
        String malformed = malformedHeader(request);
        if (malformed != null) {
            // The decoder framed this request without the malformed header ("Transfer-Encoding :"), where a proxy
            // may have framed it with it: what follows on the connection is not trusted to be the next request.
            refuse(context, Problems.ofStatus(400, malformed), null, closing(request, Connection.CLOSE_AFTER));
            return;
        }
        String unframed = unframed(request);
        if (unframed != null) {
            refuse(context, Problems.ofStatus(400, unframed), null, closing(request, Connection.CLOSE_AFTER));
            return;
        }
        if (headerBytes(request) > MAX_HEADER_BYTES) {
            refuse(context, Problems.ofStatus(431,
                    "The request headers are larger than " + MAX_HEADER_BYTES + " bytes."), request.path(), closeAfter(request));
            return;
        }
        boolean write = request.method() == HttpMethod.POST || request.method() == HttpMethod.PUT;
        if (write && request.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            refuse(context, Problems.ofStatus(415,
                    "Name the body's media type in a Content-Type header."), request.path(), closeAfter(request));
            return;
        }
        List<String> accepts = request.headers().getAll(HttpHeaders.ACCEPT);
        if (accepts.stream().anyMatch(String::isBlank)) {
            // RESTEasy Reactive fails on an Accept that names no media range; RFC 9110 reads it as no preference.
            request.headers().remove(HttpHeaders.ACCEPT);
            accepts.stream().filter(accept -> !accept.isBlank()).forEach(accept -> request.headers().add(HttpHeaders.ACCEPT, accept));
        }
        if (hasBody(request)) {
            long timer = vertx.setTimer(bodyTimeoutMillis, fired -> {
                if (!request.isEnded()) {
                    refuse(context, Problems.ofStatus(408, "The request body did not arrive within "
                            + bodyTimeoutMillis / 1000.0 + " s."), request.path(), closing(request, Connection.CLOSE_NOW));
                }
            });
            context.addEndHandler(ended -> vertx.cancelTimer(timer));
        }
        context.next();
    }

    /** Failures the router meets before any resource runs carry only a status; clients get a problem. */
    private void refused(RoutingContext context) {
        int status = context.statusCode();
        if (context.response().ended() || context.response().closed()) {
            return;
        }
        if (context.failure() instanceof NumberFormatException || context.failure() instanceof DecoderException) {
            // Netty could not read the body's framing (a chunk size that is no number) and closes the connection;
            // a client's malformed body is not the service's error, and would otherwise be logged as one, trace and all.
            refuse(context, Problems.ofStatus(400, "The request body's chunked framing is malformed."), null,
                    closing(context.request(), Connection.CLOSE_NOW));
            return;
        }
        if (status < 400 || status >= 500) {
            context.next();
            return;
        }
        String detail = switch (status) {
            case 400 -> "The request line or path is malformed.";
            case 403 -> "Pages from this request's Origin may not call the API.";
            case 413 -> "The request body is larger than " + (context.request().path().startsWith("/quizzes") ? sourceLimit : limit) + " bytes.";
            default -> "The request was refused.";
        };
        refuse(context, Problems.ofStatus(status, detail), null, closeAfter(context.request()));
    }

    private void refuse(RoutingContext context, HttpProblem problem, String instance, Connection how) {
        HttpServerRequest request = context.request();
        if (how == Connection.KEEP) {
            problems.send(context.response(), problem, instance, how);
            return;
        }
        HttpConnection connection = request.connection();
        closing.add(connection);
        problems.send(context.response(), problem, instance, how).onComplete(written -> {
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

    /** A request whose body is not read to its end leaves the connection unusable for the next one. */
    private static Connection closeAfter(HttpServerRequest request) {
        return request.isEnded() ? Connection.KEEP : closing(request, Connection.CLOSE_AFTER);
    }

    /** An HTTP/2 body belongs to its own stream, which the answer ends; HTTP/2 forbids the Connection header. */
    private static Connection closing(HttpServerRequest request, Connection how) {
        return request.version() == HttpVersion.HTTP_2 ? Connection.KEEP : how;
    }

    /**
     * Whether a body is still to come: RFC 9112 (6.3) frames an HTTP/1 body by Content-Length or
     * Transfer-Encoding alone. A paused request without either is not "ended" until it is read, and
     * its wait on the database must not be taken for a body that never arrives.
     */
    private static boolean hasBody(HttpServerRequest request) {
        if (request.isEnded()) {
            return false;
        }
        if (request.version() == HttpVersion.HTTP_2) {
            return true;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.headers().contains(TRANSFER_ENCODING) || (length != null && !length.strip().equals("0"));
    }

    private static boolean parses(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The rule Vert.x applies when it checks: a name is a token, a value visible characters, spaces and tabs (RFC 9110, 5.1 and 5.5). */
    private static String malformedHeader(HttpServerRequest request) {
        for (var header : request.headers()) {
            if (header.getKey().isEmpty() || HttpHeaderValidationUtil.validateToken(header.getKey()) >= 0) {
                return "A request header's name holds a character that HTTP does not allow in it.";
            }
            if (HttpHeaderValidationUtil.validateValidHeaderValue(header.getValue()) >= 0) {
                return "The value of the request header " + header.getKey() + " holds a character that HTTP does not allow in it.";
            }
        }
        return null;
    }

    /**
     * RFC 9112: a request names one Host (3.2), and chunked is the only transfer coding understood here
     * (6.1, 6.3): Netty reads a body of any other coding as none, so its bytes would be taken for a request.
     */
    private static String unframed(HttpServerRequest request) {
        if (request.headers().getAll(HttpHeaders.HOST).size() > 1) {
            return "A request names one Host.";
        }
        List<String> codings = request.headers().getAll(TRANSFER_ENCODING);
        if (!codings.isEmpty() && !(codings.size() == 1 && codings.get(0).strip().equalsIgnoreCase("chunked"))) {
            return "The only transfer coding understood here is chunked.";
        }
        return null;
    }

    private static int headerBytes(HttpServerRequest request) {
        int bytes = 0;
        for (var header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }
}
