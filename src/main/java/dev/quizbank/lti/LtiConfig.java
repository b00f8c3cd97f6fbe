package dev.quizbank.lti;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** LTI 1.3 (docs/lti.md): the platforms registered by configuration, the tool's keys and the launch's limits. */
@ConfigMapping(prefix = "quiz.lti")
public interface LtiConfig {

    /**
     * Platforms registered on start, by a name of the operator's choosing ({@code quiz.lti.platforms.moodle.issuer=…}).
     * Registering is idempotent: a registration already stored is kept, and deployment ids are added.
     */
    Map<String, ConfiguredPlatform> platforms();

    interface ConfiguredPlatform {
        String issuer();

        String clientId();

        String authUrl();

        String tokenUrl();

        String jwksUrl();

        Optional<List<String>> deploymentIds();
    }

    /**
     * The tool's public URL (scheme, host, port), as platforms reach it: the one {@code target_link_uri} and
     * {@code redirect_uri} point at. Unset, the URL each request arrived at.
     */
    Optional<String> baseUrl();

    ToolKey key();

    interface ToolKey {
        /** A PKCS#8 PEM RSA private key ({@code BEGIN PRIVATE KEY}) the operator manages; unset, the tool keeps a generated one in PostgreSQL. */
        Optional<String> privateKeyLocation();

        /** Age at which a generated key is replaced by a new one. */
        @WithDefault("90d")
        Duration rotateAfter();

        /** How long a replaced key stays published, so that what it signed is still verified. */
        @WithDefault("7d")
        Duration overlap();

        /** How often each instance rereads the keys (and rotates one that is due). */
        @WithDefault("1m")
        Duration refreshInterval();
    }

    Launch launch();

    interface Launch {
        /** Clock skew allowed on a platform's {@code exp} and {@code iat}. */
        @WithDefault("60s")
        Duration leeway();

        /** How long a login's state and nonce wait for the platform's answer. */
        @WithDefault("10m")
        Duration stateLifetime();

        /** How long the web client has to trade a launch's one-time code for a token. */
        @WithDefault("2m")
        Duration codeLifetime();

        /** How long a platform's JWKS is cached; an unknown kid refetches it at most once per {@link #jwksRefetch()}. */
        @WithDefault("5m")
        Duration jwksCache();

        @WithDefault("30s")
        Duration jwksRefetch();
    }

    Session session();

    interface Session {
        /** The issuer of the tokens a launch hands out, which the service verifies with the tool's keys. */
        @WithDefault("urn:quizbank:lti")
        String issuer();

        @WithDefault("1h")
        Duration lifetime();
    }
}
