package dev.quizbank.lti.key;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import dev.quizbank.lti.LtiConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The tool's signing key and the keys it publishes, held in memory: tokens are verified on the event loop,
 * which may not wait for the database. A new key is published at once but signs only once every instance has
 * had time to read it (two refresh intervals), and a replaced key stays published for {@code quiz.lti.key.overlap}.
 */
@ApplicationScoped
public class ToolKeys {

    private record Keys(RSAKey signer, JWKSet published) {
    }

    private final ToolKeyStore store;
    private final LtiConfig.ToolKey config;
    private volatile Keys keys;

    ToolKeys(ToolKeyStore store, LtiConfig config) {
        this.store = store;
        this.config = config.key();
    }

    void onStart(@Observes StartupEvent start) {
        refresh();
    }

    @Scheduled(every = "${quiz.lti.key.refresh-interval:1m}", delayed = "${quiz.lti.key.refresh-interval:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        keys = config.privateKeyLocation().map(ToolKeys::configured).orElseGet(() -> fromStore(store.keys(config.rotateAfter(), config.overlap())));
    }

    /** Replaces the generated key now; the old one stays published for the overlap. */
    public String rotate() {
        if (config.privateKeyLocation().isPresent()) {
            throw new IllegalStateException("the tool's key is configured (quiz.lti.key.private-key-location): rotate it there");
        }
        List<ToolKeyStore.StoredKey> stored = store.rotate();
        keys = fromStore(stored);
        return stored.getFirst().kid();
    }

    /** The key that signs what the tool sends (with its kid). */
    public RSAKey signer() {
        return keys.signer();
    }

    /** {@code claims} as a JWT signed RS256 by the current key, its kid in the header: all the tool ever signs. */
    public String sign(JWTClaimsSet claims) {
        RSAKey key = signer();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("the tool's key cannot sign", e);
        }
    }

    /** Every published key, public parts only. */
    public JWKSet published() {
        return keys.published().toPublicJWKSet();
    }

    /** The published key with this kid, public part only. */
    public Optional<RSAKey> publicKey(String kid) {
        return Optional.ofNullable(keys.published().getKeyByKeyId(kid)).map(key -> ((RSAKey) key).toPublicJWK());
    }

    private Keys fromStore(List<ToolKeyStore.StoredKey> stored) {
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime settled = now.minus(config.refreshInterval().multipliedBy(2));
        List<RSAKey> published = stored.stream()
                .filter(key -> key.retiredAt() == null || key.retiredAt().isAfter(now.minus(config.overlap())))
                .map(key -> parse(key.jwk())).toList();
        RSAKey signer = stored.stream().filter(key -> !key.createdAt().isAfter(settled)).findFirst()
                .map(key -> parse(key.jwk())).orElse(published.getFirst());
        return new Keys(signer, new JWKSet(List.copyOf(published)));
    }

    private static Keys configured(String location) {
        try {
            RSAKey pem = JWK.parseFromPEMEncodedObjects(Files.readString(Path.of(location))).toRSAKey();
            RSAKey key = new RSAKey.Builder(pem).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyIDFromThumbprint().build();
            return new Keys(key, new JWKSet(key));
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException("cannot read the tool's RSA key from " + location, e);
        }
    }

    private static RSAKey parse(String jwk) {
        try {
            return RSAKey.parse(jwk);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored tool key is not an RSA JWK", e);
        }
    }
}
