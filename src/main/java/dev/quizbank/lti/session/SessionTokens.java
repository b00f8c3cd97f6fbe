package dev.quizbank.lti.session;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.nimbusds.jwt.JWTClaimsSet;

import dev.quizbank.lti.LtiConfig;
import dev.quizbank.lti.key.ToolKeys;

/**
 * The Quizbank bearer token a launch hands out: signed by the tool's key (with its kid), issued by
 * {@code quiz.lti.session.issuer}, for the launch's subject and role, and naming the launch in its {@code launch}
 * claim, by which a graded attempt finds the platform, deployment, resource link and AGS line item it answers to.
 */
@ApplicationScoped
public class SessionTokens {

    /** The claim that names the launch (lti_launch.id) a session token came from. */
    public static final String LAUNCH = "launch";

    private final ToolKeys keys;
    private final LtiConfig.Session config;

    SessionTokens(ToolKeys keys, LtiConfig config) {
        this.keys = keys;
        this.config = config.session();
    }

    public record Session(String token, Instant expiresAt) {
    }

    public Session issue(LaunchRecord launch) {
        Instant now = Instant.now();
        Instant expiresAt = now.plus(config.lifetime());
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(config.issuer()).subject(launch.subject())
                .claim("groups", List.of(launch.role())).issueTime(Date.from(now)).expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString()).claim(LAUNCH, launch.id().toString()).build();
        return new Session(keys.sign(claims), Instant.ofEpochSecond(expiresAt.getEpochSecond()));
    }
}
