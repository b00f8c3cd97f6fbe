package dev.quizbank.identity;

import java.util.Optional;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling: anonymous, or the subject of a verified token with its roles. Tokens are verified
 * before any resource runs, so a caller is never anonymous by way of a bad token.
 */
public record Caller(Optional<String> subject, boolean learner, boolean author) {

    public static final String LEARNER = "learner";
    public static final String AUTHOR = "author";

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return new Caller(Optional.empty(), false, false);
        }
        return new Caller(Optional.of(identity.getPrincipal().getName()), identity.hasRole(LEARNER),
                identity.hasRole(AUTHOR));
    }

    public boolean anonymous() {
        return subject.isEmpty();
    }
}
