package dev.quizbank.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.quizbank.config.QuizConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * What smallrye-jwt lets through but a token here may not be (refused with 401 like any invalid one):
 * <ul>
 * <li>roles in a string: smallrye-jwt splits {@code "groups": "learner author"} on spaces into two
 * roles, where a provider that meant one role named "learner author" would grant both;</li>
 * <li>no {@code iat}, an {@code iat} in the future (past a minute's clock skew), or a lifetime from
 * {@code iat} to {@code exp} over {@code quiz.token.max-lifetime}.</li>
 * </ul>
 */
@ApplicationScoped
class TokenShape implements SecurityIdentityAugmentor {

    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final Duration maxLifetime;
    private final ObjectMapper mapper;

    TokenShape(QuizConfig config, ObjectMapper mapper) {
        this.maxLifetime = config.token().maxLifetime();
        this.mapper = mapper;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String fault = fault(token);
        return fault == null ? Uni.createFrom().item(identity) : Uni.createFrom().failure(new AuthenticationFailedException(fault));
    }

    private String fault(JsonWebToken token) {
        if (!(token.claim(Claims.iat.name()).orElse(null) instanceof Number iat)) {
            return "the token has no iat";
        }
        long issuedAt = iat.longValue();
        if (Instant.ofEpochSecond(issuedAt).isAfter(Instant.now().plus(CLOCK_SKEW))) {
            return "the token was issued in the future";
        }
        if (token.getExpirationTime() - issuedAt > maxLifetime.toSeconds()) {
            return "the token is valid for longer than " + maxLifetime;
        }
        return rolesInAString(token) ? "the token's groups is not an array of roles" : null;
    }

    /** The claim as signed, which smallrye-jwt hands over already split. */
    private boolean rolesInAString(JsonWebToken token) {
        String[] parts = token.getRawToken().split("\\.", -1);
        try {
            JsonNode groups = mapper.readTree(Base64.getUrlDecoder().decode(parts[1])).get(Claims.groups.name());
            return groups != null && groups.isTextual();
        } catch (java.io.IOException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return true;
        }
    }
}
