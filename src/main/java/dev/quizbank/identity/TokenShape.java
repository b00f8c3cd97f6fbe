package dev.quizbank.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.quizbank.config.QuizConfig;

/**
 * What smallrye-jwt lets through but a token here may not be (refused with 401 like any invalid one):
 * <ul>
 * <li>roles in a string: smallrye-jwt splits {@code "groups": "learner author"} on spaces into two
 * roles, where a provider that meant one role named "learner author" would grant both;</li>
 * <li>no {@code iat}, an {@code iat} in the future (past a minute's clock skew), or a lifetime from
 * {@code iat} to {@code exp} over {@code quiz.token.max-lifetime};</li>
 * <li>a {@code sub} that names no one ({@link SubjectRule}).</li>
 * </ul>
 * Each rule holds for a token's whole life once it holds (an {@code iat} in the future only comes nearer), so
 * {@link VerifiedTokens} applies them once, when it verifies the token.
 */
@ApplicationScoped
class TokenShape {

    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final Duration maxLifetime;
    private final ObjectMapper mapper;

    TokenShape(QuizConfig config, ObjectMapper mapper) {
        this.maxLifetime = config.token().maxLifetime();
        this.mapper = mapper;
    }

    /** What is wrong with {@code token}, verified as it is; empty when nothing is. */
    Optional<String> fault(JsonWebToken token) {
        if (!(token.claim(Claims.iat.name()).orElse(null) instanceof Number iat)) {
            return Optional.of("the token has no iat");
        }
        long issuedAt = iat.longValue();
        if (Instant.ofEpochSecond(issuedAt).isAfter(Instant.now().plus(CLOCK_SKEW))) {
            return Optional.of("the token was issued in the future");
        }
        if (token.getExpirationTime() - issuedAt > maxLifetime.toSeconds()) {
            return Optional.of("the token is valid for longer than " + maxLifetime);
        }
        if (rolesInAString(token)) {
            return Optional.of("the token's groups is not an array of roles");
        }
        return SubjectRule.names(token.getSubject()) ? Optional.empty() : Optional.of("the token's sub names no one");
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
