package dev.quizbank.identity;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * A token's {@code sub} is whom its attempts belong to, so it must name someone: a string of 1 to 255
 * characters that is not blank and holds no control character and no half of a surrogate pair, which
 * would be stored as "?" and make different subjects one. smallrye-jwt requires the claim but accepts
 * {@code null}, {@code ""} or a NUL byte in it; such a token is refused like any invalid one (401).
 */
@ApplicationScoped
public class SubjectRule implements SecurityIdentityAugmentor {

    private static final int MAX_LENGTH = 255;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getPrincipal() instanceof JsonWebToken token && names(token.getSubject())) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("the token's sub names no one"));
    }

    /** Whether {@code subject} names someone; the owners a quiz's settings list are held to the same rule. */
    public static boolean names(String subject) {
        return subject != null && !subject.isBlank() && subject.codePointCount(0, subject.length()) <= MAX_LENGTH
                && subject.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE);
    }
}
