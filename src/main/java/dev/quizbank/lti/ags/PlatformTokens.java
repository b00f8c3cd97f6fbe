package dev.quizbank.lti.ags;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;

import dev.quizbank.lti.key.ToolKeys;

/**
 * Access tokens from platforms' token URLs (client credentials with an RS256 client assertion signed by the tool's
 * key), one per platform registration and scope, kept until shortly before they expire. Callers wanting the same
 * token wait for one request rather than each making their own.
 */
@ApplicationScoped
public class PlatformTokens {

    /** Whom a token is for and what it may do. */
    public record Grant(String tokenUrl, String clientId, String scope) {
    }

    /** A token request the platform did not answer with a token. */
    public static class TokenRefused extends Exception {
        TokenRefused(String message) {
            super(message, null, false, false);
        }
    }

    private static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    /** How long a client assertion is good for: only as long as the one request it is made for. */
    private static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);

    private record Token(String value, Instant renewAt) {
    }

    /** One lock per grant, so that requests for one grant wait for each other and never for another grant's. */
    private final Map<Grant, Object> locks = new ConcurrentHashMap<>();
    private final Map<Grant, Token> tokens = new ConcurrentHashMap<>();
    private final ToolKeys keys;
    private final AgsHttp http;
    private final ObjectMapper mapper;
    private final AgsConfig config;

    PlatformTokens(ToolKeys keys, AgsHttp http, ObjectMapper mapper, AgsConfig config) {
        this.keys = keys;
        this.http = http;
        this.mapper = mapper;
        this.config = config;
    }

    /** A token for {@code grant}: the cached one while it is good, otherwise a new one. */
    public String token(Grant grant) throws TokenRefused, IOException, InterruptedException {
        Token cached = tokens.get(grant);
        if (cached != null && Instant.now().isBefore(cached.renewAt())) {
            return cached.value();
        }
        synchronized (locks.computeIfAbsent(grant, any -> new Object())) {
            Token current = tokens.get(grant);
            if (current != null && Instant.now().isBefore(current.renewAt())) {
                return current.value();
            }
            Token fresh = request(grant);
            tokens.put(grant, fresh);
            return fresh.value();
        }
    }

    /** Forgets {@code value}, which the platform refused: the next {@link #token} asks for a new one. */
    public void refused(Grant grant, String value) {
        tokens.computeIfPresent(grant, (any, token) -> token.value().equals(value) ? null : token);
    }

    private Token request(Grant grant) throws TokenRefused, IOException, InterruptedException {
        Map<String, String> form = Map.of("grant_type", "client_credentials", "client_assertion_type", ASSERTION_TYPE,
                "client_assertion", assertion(grant), "scope", grant.scope());
        HttpRequest request = HttpRequest.newBuilder(URI.create(grant.tokenUrl())).timeout(config.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))))
                .build();
        Instant asked = Instant.now();
        HttpResponse<String> answer = http.send(request);
        if (answer.statusCode() != 200) {
            throw new TokenRefused("the token URL " + grant.tokenUrl() + " answered " + answer.statusCode());
        }
        JsonNode body = mapper.readTree(answer.body());
        String value = body.path("access_token").asText("");
        if (value.isEmpty()) {
            throw new TokenRefused("the token URL " + grant.tokenUrl() + " answered without an access_token");
        }
        // Without expires_in the token is used once and asked for again next time.
        Duration lifetime = Duration.ofSeconds(body.path("expires_in").asLong(0));
        return new Token(value, asked.plus(lifetime).minus(config.tokenMargin()));
    }

    /** The RS256 client assertion: the tool (iss = sub = its client id) to the token URL, once (jti), briefly. */
    private String assertion(Grant grant) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(grant.clientId()).subject(grant.clientId()).audience(grant.tokenUrl())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(ASSERTION_LIFETIME))).jwtID(UUID.randomUUID().toString())
                .build();
        return keys.sign(claims);
    }
}
