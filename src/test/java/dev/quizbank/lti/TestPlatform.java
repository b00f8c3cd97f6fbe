package dev.quizbank.lti;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.quizbank.lti.launch.LtiClaims;

/**
 * A platform (LMS) for the tests, on 127.0.0.1 only: its own RSA keys and JWKS, id_tokens it signs as told (or
 * misbehaving), an authentication endpoint that answers with the form post a browser would make, and a deep-link
 * return URL that keeps what it receives.
 */
public final class TestPlatform implements AutoCloseable {

    public static final String DEPLOYMENT = "deployment-1";

    private final HttpServer server;
    private final List<RSAKey> published = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> deepLinkReturns = new CopyOnWriteArrayList<>();
    private final String clientId = "client-" + UUID.randomUUID();
    private volatile RSAKey signing;
    private volatile java.util.function.Function<Map<String, String>, String> answer = request -> "";

    private TestPlatform() throws IOException {
        signing = newKey();
        published.add(signing);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks", exchange -> send(exchange, 200, "application/json", new JWKSet(List.copyOf(published)).toString(true)));
        server.createContext("/auth", this::authenticate);
        server.createContext("/course", this::course);
        server.createContext("/deep-links", exchange -> {
            deepLinkReturns.add(form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            send(exchange, 200, "text/html", "<!DOCTYPE html><title>Linked</title><p>Linked</p>");
        });
        server.start();
    }

    public static TestPlatform start() {
        try {
            return new TestPlatform();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String clientId() {
        return clientId;
    }

    /** The registration body an administrator would post for this platform. */
    public String registration() {
        return registration(issuer() + "/token");
    }

    /** The registration body with the token URL of an AGS side served apart (a TestAgsPlatform). */
    public String registration(String tokenUrl) {
        return """
                {"issuer": "%s", "clientId": "%s", "authUrl": "%s/auth", "tokenUrl": "%s", "jwksUrl": "%s/jwks",
                 "deploymentIds": ["%s"]}""".formatted(issuer(), clientId, issuer(), tokenUrl, issuer(), DEPLOYMENT);
    }

    /** Replaces the signing key with a new one, keeping the old one published. */
    public RSAKey rotate() {
        signing = newKey();
        published.add(signing);
        return signing;
    }

    /** A key of the platform's that it has not published (yet). */
    public RSAKey unpublishedKey() {
        return newKey();
    }

    public void publish(RSAKey key) {
        published.add(key);
    }

    public List<Map<String, String>> deepLinkReturns() {
        return deepLinkReturns;
    }

    /** How the authentication endpoint answers a request (its parameters): the id_token a browser then posts to the tool. */
    public void answerWith(java.util.function.Function<Map<String, String>, String> idToken) {
        answer = idToken;
    }

    /** A valid resource link launch's claims for this platform, nonce and launch URL. */
    public JWTClaimsSet.Builder resourceLink(String nonce, String targetLinkUri, String sub, String quizId, String... roles) {
        Instant now = Instant.now();
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put("quiz_id", quizId);
        return new JWTClaimsSet.Builder().issuer(issuer()).audience(clientId).subject(sub)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).claim("nonce", nonce)
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.RESOURCE_LINK_REQUEST).claim(LtiClaims.VERSION, "1.3.0")
                .claim(LtiClaims.DEPLOYMENT_ID, DEPLOYMENT).claim(LtiClaims.TARGET_LINK_URI, targetLinkUri)
                .claim(LtiClaims.RESOURCE_LINK, Map.of("id", "link-" + quizId)).claim(LtiClaims.ROLES, List.of(roles))
                .claim(LtiClaims.CONTEXT, Map.of("id", "course-1", "title", "Course"))
                .claim(LtiClaims.CUSTOM, custom)
                .claim(LtiClaims.AGS_ENDPOINT, Map.of("scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                        "lineitem", issuer() + "/lineitems/7/lineitem?type_id=3"));
    }

    /** A valid deep linking request's claims: the instructor picks what to place, the answer goes to /deep-links. */
    public JWTClaimsSet.Builder deepLinking(String nonce, String targetLinkUri, String sub, String... roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer()).audience(clientId).subject(sub)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).claim("nonce", nonce)
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_REQUEST).claim(LtiClaims.VERSION, "1.3.0")
                .claim(LtiClaims.DEPLOYMENT_ID, DEPLOYMENT).claim(LtiClaims.TARGET_LINK_URI, targetLinkUri)
                .claim(LtiClaims.ROLES, List.of(roles))
                .claim(LtiClaims.DEEP_LINKING_SETTINGS, Map.of("deep_link_return_url", issuer() + "/deep-links",
                        "accept_types", List.of("ltiResourceLink"), "accept_presentation_document_targets", List.of("iframe", "window"),
                        "accept_multiple", false, "accept_lineitem", true, "data", "opaque-platform-data"));
    }

    public String sign(JWTClaimsSet claims) {
        return sign(claims, signing);
    }

    public String sign(JWTClaimsSet claims, RSAKey key) {
        return sign(claims, new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), key);
    }

    public String sign(JWTClaimsSet claims, JWSHeader header, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The OIDC authentication endpoint: answers with the auto-submitted form post of the id_token it was told to send. */
    private void authenticate(HttpExchange exchange) throws IOException {
        Map<String, String> request = form(exchange.getRequestURI().getRawQuery());
        String page = """
                <!DOCTYPE html><html lang="en"><head><title>Platform</title></head>
                <body onload="document.forms[0].submit()"><form method="post" action="%s">
                <input type="hidden" name="id_token" value="%s"><input type="hidden" name="state" value="%s"></form></body></html>"""
                .formatted(request.get("redirect_uri"), answer.apply(request), request.get("state"));
        send(exchange, 200, "text/html", page);
    }

    /**
     * A course page that frames the tool's login initiation (query parameter {@code login}) and offers the LTI
     * postMessage storage ({@code lti.put_data}, {@code lti.get_data}) to it, as platforms do for frames without cookies.
     */
    private void course(HttpExchange exchange) throws IOException {
        String login = form(exchange.getRequestURI().getRawQuery()).get("login");
        String page = """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Course · Test platform</title></head>
                <body><main><h1>Course: web services</h1>
                <iframe title="Quizbank" src="%s" style="width: 1100px; height: 1400px; border: 1px solid #555"></iframe></main>
                <script>
                const kept = {};
                window.addEventListener('message', (event) => {
                  const message = event.data || {};
                  if (message.subject === 'lti.put_data') {
                    kept[message.key] = message.value;
                  }
                  if (message.subject === 'lti.put_data' || message.subject === 'lti.get_data') {
                    event.source.postMessage({ subject: message.subject + '.response', message_id: message.message_id,
                      key: message.key, value: kept[message.key] }, event.origin);
                  }
                });
                </script></body></html>""".formatted(login.replace("&", "&amp;").replace("\"", "&quot;"));
        send(exchange, 200, "text/html", page);
    }

    /** The fields of a query string or a form body, decoded; none for null. */
    public static Map<String, String> form(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : encoded == null ? new String[0] : encoded.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (InputStream ignored = exchange.getRequestBody(); var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
