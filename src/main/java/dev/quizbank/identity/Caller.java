package dev.quizbank.identity;

import java.util.Optional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling: anonymous, or the subject of a verified token with its roles. Tokens are verified
 * before any resource runs, so a caller is never anonymous by way of a bad token. The subject is the
 * token's {@code sub} (docs/identity.md), which every accepted token carries: the principal's name would be
 * {@code upn} or {@code preferred_username} first, which a provider may let a person change.
 */
public record Caller(Optional<String> subject, boolean learner, boolean author, boolean admin) {

    public static final String LEARNER = "learner";
    public static final String AUTHOR = "author";
    /** Manages every quiz, whoever owns it, and the bundled ones, which no author owns. */
    public static final String ADMIN = "admin";

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return new Caller(Optional.empty(), false, false, false);
        }
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw new IllegalStateException("a caller that is not anonymous has a token, and TokenShape its subject");
        }
        return new Caller(Optional.of(token.getSubject()), identity.hasRole(LEARNER), identity.hasRole(AUTHOR),
                identity.hasRole(ADMIN));
    }

    public boolean anonymous() {
        return subject.isEmpty();
    }
}
