package dev.quizbank.lti.key;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
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
 * A start only reads the stored keys: making an RSA key pair took a seventh of a fresh start's main thread, so the
 * first key is made by the first refresh, two seconds after the start, or by the first use, if that comes sooner.
 */
@ApplicationScoped
public class ToolKeys {

    private static final Pattern PKCS8 = Pattern.compile("-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

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
        if (config.privateKeyLocation().isPresent()) {
            refresh();
        } else {
            List<ToolKeyStore.StoredKey> stored = store.stored();
            if (stored.stream().anyMatch(key -> key.retiredAt() == null)) {
                keys = fromStore(stored);
            }
        }
    }

    @Scheduled(every = "${quiz.lti.key.refresh-interval:1m}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void refresh() {
        keys = config.privateKeyLocation().map(ToolKeys::configured).orElseGet(() -> fromStore(store.keys(config.rotateAfter(), config.overlap())));
    }

    /**
     * Replaces the generated key now; the old one stays published for the overlap.
     *
     * @throws KeyIsConfigured when the operator manages the key
     */
    public synchronized String rotate() {
        if (config.privateKeyLocation().isPresent()) {
            throw new KeyIsConfigured();
        }
        List<ToolKeyStore.StoredKey> stored = store.rotate();
        keys = fromStore(stored);
        return stored.getFirst().kid();
    }

    /** The key that signs what the tool sends (with its kid). */
    public RSAKey signer() {
        return keys().signer();
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
        return keys().published().toPublicJWKSet();
    }

    /** The published key with this kid, public part only. */
    public Optional<RSAKey> publicKey(String kid) {
        // Called on the event loop, so never waits for a key to be made: before the first one, nothing was signed.
        Keys held = keys;
        return held == null ? Optional.empty()
                : Optional.ofNullable(held.published().getKeyByKeyId(kid)).map(key -> ((RSAKey) key).toPublicJWK());
    }

    private Keys keys() {
        Keys held = keys;
        return held != null ? held : first();
    }

    /** The first keys, read or made once however many callers ask at the same time. */
    private synchronized Keys first() {
        if (keys == null) {
            refresh();
        }
        return keys;
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

    /** A PKCS#8 PEM file ({@code openssl genpkey -algorithm RSA}), read with the JDK alone. */
    private static Keys configured(String location) {
        try {
            String pem = Files.readString(Path.of(location));
            Matcher body = PKCS8.matcher(pem);
            if (!body.find()) {
                throw new IllegalStateException("the tool's key " + location + " is not a PKCS#8 PEM private key (BEGIN PRIVATE KEY)");
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey secret = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(body.group(1))));
            RSAPublicKey open = (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(secret.getModulus(), secret.getPublicExponent()));
            RSAKey key = new RSAKey.Builder(open).privateKey(secret).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint().build();
            return new Keys(key, new JWKSet(key));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException | ClassCastException | JOSEException e) {
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
