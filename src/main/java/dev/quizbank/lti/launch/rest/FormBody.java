package dev.quizbank.lti.launch.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import dev.quizbank.lti.launch.LaunchRefused;

/**
 * A form post from a platform, read here rather than by Quarkus REST, whose decoder fails a malformed escape
 * ({@code %"}) with a 500: a form that is not URL-encoded is a refused launch like any other. A repeated field
 * keeps its first value.
 */
final class FormBody {

    private FormBody() {
    }

    static Map<String, String> parse(String body) {
        Map<String, String> fields = new HashMap<>();
        if (body == null || body.isEmpty()) {
            return fields;
        }
        try {
            for (String pair : body.split("&")) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                fields.putIfAbsent(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException e) {
            throw new LaunchRefused("The form is not URL-encoded.");
        }
        fields.values().forEach(FormBody::requireText);
        return fields;
    }

    /** No field of a login or launch holds a control character; PostgreSQL could not even store a NUL. */
    static void requireText(String value) {
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            throw new LaunchRefused("A field of the login or launch holds a control character.");
        }
    }
}
