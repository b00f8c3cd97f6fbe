package dev.quizbank.lti.launch;

import java.net.MalformedURLException;
import java.net.URI;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;

import dev.quizbank.lti.LtiConfig;
import dev.quizbank.lti.platform.Platform;

/**
 * Each platform's public keys, fetched from its JWKS URL and cached by Nimbus's {@link JWKSourceBuilder}: a kid
 * the cache lacks fetches the keyset once more (the platform may have rotated), at most once per
 * {@code quiz.lti.launch.jwks-refetch}.
 */
@ApplicationScoped
class PlatformKeys {

    private final Map<String, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();
    private final LtiConfig.Launch config;

    PlatformKeys(LtiConfig config) {
        this.config = config.launch();
    }

    /** The platform's RSA key with this kid; empty when its keyset, fetched anew if need be, has none. */
    Optional<RSAPublicKey> key(Platform platform, String kid) {
        JWKSelector selector = new JWKSelector(new JWKMatcher.Builder().keyType(KeyType.RSA).keyID(kid).build());
        try {
            List<JWK> found = source(platform).get(selector, null);
            return found.isEmpty() ? Optional.empty() : Optional.of(((RSAKey) found.getFirst()).toRSAPublicKey());
        } catch (RateLimitReachedException e) {
            return Optional.empty();
        } catch (JOSEException e) {
            throw new LaunchRefused("The platform's keyset at " + platform.jwksUrl + " could not be read or has no usable key "
                    + kid + " (" + e.getClass().getSimpleName() + ").");
        }
    }

    private JWKSource<SecurityContext> source(Platform platform) {
        return sources.computeIfAbsent(platform.id + " " + platform.jwksUrl, ignored -> {
            try {
                return JWKSourceBuilder.<SecurityContext>create(URI.create(platform.jwksUrl).toURL())
                        .cache(config.jwksCache().toMillis(), JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT)
                        .rateLimited(config.jwksRefetch().toMillis())
                        .refreshAheadCache(false).retrying(false).outageTolerant(false)
                        .build();
            } catch (MalformedURLException | IllegalArgumentException e) {
                throw new LaunchRefused("The platform's JWKS URL is not a URL: fix its registration.");
            }
        });
    }
}
