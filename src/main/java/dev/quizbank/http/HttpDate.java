package dev.quizbank.http;

import java.util.Date;

import io.netty.handler.codec.DateFormatter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;

/**
 * The {@code Date} of every answer (RFC 9110 §6.6.1: an origin server with a clock sends one), which caches and
 * clients need to judge {@code Cache-Control} and {@code Retry-After} by. Vert.x sends none of its own. The text
 * changes once a second, so it is written once a second, not once per answer.
 */
final class HttpDate {

    private record Stamp(long second, String text) {
    }

    private static volatile Stamp last = new Stamp(-1, "");

    private HttpDate() {
    }

    static void stamp(HttpServerResponse response) {
        response.putHeader(HttpHeaders.DATE, now());
    }

    private static String now() {
        long second = System.currentTimeMillis() / 1000;
        Stamp held = last;
        if (held.second() != second) {
            held = new Stamp(second, DateFormatter.format(new Date(second * 1000)));
            last = held;
        }
        return held.text();
    }
}
