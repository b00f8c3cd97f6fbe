package dev.quizbank.lti.session;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;

import dev.quizbank.lti.LtiConfig;
import dev.quizbank.lti.key.ToolKeys;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * smallrye-jwt's token verification, with one more trusted signer: a token whose {@code iss} is the LTI session
 * issuer is verified by smallrye-jwt against the tool's published key of its kid (and that issuer) instead of
 * {@code mp.jwt.verify.*}; every other token goes through the configured verification unchanged. Either way every
 * other rule (expiry, RS256 only, required sub, the augmentors of dev.quizbank.identity) applies alike.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class SessionVerifier extends JWTCallerPrincipalFactory {

    private final DefaultJWTCallerPrincipalFactory smallrye = new DefaultJWTCallerPrincipalFactory();
    private final ToolKeys keys;
    private final String issuer;

    SessionVerifier(ToolKeys keys, LtiConfig config) {
        this.keys = keys;
        this.issuer = config.session().issuer();
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo configured) throws ParseException {
        String kid = sessionKid(token);
        if (kid == null) {
            return smallrye.parse(token, configured);
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
        return smallrye.parse(token, own);
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
