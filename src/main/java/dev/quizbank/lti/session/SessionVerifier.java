package dev.quizbank.lti.session;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;

import dev.quizbank.identity.OtherSigner;
import dev.quizbank.lti.LtiConfig;
import dev.quizbank.lti.key.ToolKeys;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The LTI session tokens as one more trusted signer: a token whose {@code iss} is the LTI session issuer is verified by
 * smallrye-jwt against the tool's published key of its kid (and that issuer) instead of {@code mp.jwt.verify.*}; every
 * other token goes through the configured verification unchanged. Either way every other rule (expiry, RS256 only,
 * required sub, the augmentors of dev.quizbank.identity) applies alike.
 */
@ApplicationScoped
public class SessionVerifier implements OtherSigner {

    private final ToolKeys keys;
    private final String issuer;

    SessionVerifier(ToolKeys keys, LtiConfig config) {
        this.keys = keys;
        this.issuer = config.session().issuer();
    }

    @Override
    public Optional<JWTAuthContextInfo> verification(String token, JWTAuthContextInfo configured) throws ParseException {
        String kid = sessionKid(token);
        if (kid == null) {
            return Optional.empty();
        }
        JWTAuthContextInfo own = new JWTAuthContextInfo(configured);
        try {
            own.setPublicVerificationKey(keys.publicKey(kid).orElseThrow(() -> new ParseException("no tool key " + kid)).toRSAPublicKey());
        } catch (JOSEException e) {
            throw new ParseException("the tool key " + kid + " is not an RSA public key", e);
        }
        own.setPublicKeyLocation(null);
        own.setPublicKeyContent(null);
        own.setIssuedBy(issuer);
        own.setExpectedAudience(null);
        own.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        return Optional.of(own);
    }

    /** The kid of a token that claims to be a session token, or null for any other (or no) token. */
    private String sessionKid(String token) {
        try {
            JWT jwt = JWTParser.parse(token);
            if (jwt instanceof SignedJWT signed && issuer.equals(jwt.getJWTClaimsSet().getIssuer())) {
                return signed.getHeader().getKeyID() == null ? "" : signed.getHeader().getKeyID();
            }
            return null;
        } catch (java.text.ParseException e) {
            return null;
        }
    }
}
