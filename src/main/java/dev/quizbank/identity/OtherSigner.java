package dev.quizbank.identity;

import java.util.Optional;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * A signer of bearer tokens that this service trusts besides the one configured by {@code mp.jwt.verify.*}, such as
 * the LTI launch's session tokens; {@link VerifiedTokens} asks each before it verifies a token it has not seen.
 */
public interface OtherSigner {

    /**
     * How to verify {@code token} when it claims to be this signer's: the {@code configured} verification with this
     * signer's key and issuer; empty for any other token, which the configured verification then judges.
     *
     * @throws ParseException when the token claims to be this signer's but names no key of it
     */
    Optional<JWTAuthContextInfo> verification(String token, JWTAuthContextInfo configured) throws ParseException;
}
