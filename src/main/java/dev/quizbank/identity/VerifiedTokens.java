package dev.quizbank.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * smallrye-jwt's verification of a bearer token, done once per token rather than once per request: a client sends
 * the same token until it expires, and checking its RS256 signature again was two thirds of the CPU of a GET with a
 * token (BENCHMARKS.md). A token is remembered by all of it, signature included, so one that differs in any byte is
 * verified anew, and only until its {@code exp}; refusals are not remembered. The rules of {@link TokenShape} run
 * with the verification, once: they were a JSON parse of the token on every request. A token of an
 * {@link OtherSigner} is verified as that signer says, any other by the configuration.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedTokens extends JWTCallerPrincipalFactory {

    /** Far more tokens than callers active at once on one instance; an evicted one is only verified again. */
    private static final int HELD = 10_000;

    private final DefaultJWTCallerPrincipalFactory smallrye = new DefaultJWTCallerPrincipalFactory();
    private final Instance<OtherSigner> otherSigners;
    private final TokenShape shape;
    private final Cache<String, JWTCallerPrincipal> verified = Caffeine.newBuilder()
            // Upkeep on the calling thread: handed to the common pool, it cost a GET with a token an eighth of its CPU,
            // since every read of the one token a client sends fills the read buffer (BENCHMARKS.md).
            .executor(Runnable::run)
            .maximumSize(HELD)
            .expireAfter(Expiry.<String, JWTCallerPrincipal>creating((token, principal) -> untilExpiry(principal)))
            .build();

    VerifiedTokens(Instance<OtherSigner> otherSigners, TokenShape shape) {
        this.otherSigners = otherSigners;
        this.shape = shape;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        JWTCallerPrincipal known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        JWTAuthContextInfo verification = context;
        for (OtherSigner signer : otherSigners) {
            verification = signer.verification(token, context).orElse(verification);
        }
        JWTCallerPrincipal principal = smallrye.parse(token, verification);
        Optional<String> fault = shape.fault(principal);
        if (fault.isPresent()) {
            throw new ParseException(fault.get());
        }
        if (untilExpiry(principal).isPositive()) {
            verified.put(token, principal);
        }
        return principal;
    }

    private static Duration untilExpiry(JWTCallerPrincipal principal) {
        Duration left = Duration.between(Instant.now(), Instant.ofEpochSecond(principal.getExpirationTime()));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
