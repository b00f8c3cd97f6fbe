package dev.quizbank.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import javax.crypto.spec.SecretKeySpec;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Bearer tokens for the tests: signed with the test key that the test profile trusts
 * ({@code src/test/resources/test-jwt}), and every kind that must be refused.
 */
public final class Tokens {

    public static final String ISSUER = "https://quizbank.test/issuer";
    /** The key the test profile trusts, for packaged instances started by the tests. */
    public static final Path PUBLIC_KEY = Path.of("src", "test", "resources", "test-jwt", "public.pem");

    private Tokens() {
    }

    public static String learner(String subject) {
        return sign(claims(subject, "learner"), "test-jwt/private.pem");
    }

    public static String author(String subject) {
        return sign(claims(subject, "author"), "test-jwt/private.pem");
    }

    /** Role admin alone: manages every quiz, the bundled ones included. */
    public static String admin(String subject) {
        return sign(claims(subject, "admin"), "test-jwt/private.pem");
    }

    /** A valid token whose only role is neither learner nor author. */
    public static String guest(String subject) {
        return sign(claims(subject, "guest"), "test-jwt/private.pem");
    }

    public static String expired(String subject) {
        Instant now = Instant.now();
        return sign(claims(subject, "learner").issuedAt(now.minusSeconds(7200)).expiresAt(now.minusSeconds(3600)),
                "test-jwt/private.pem");
    }

    public static String notYetValid(String subject) {
        Instant now = Instant.now();
        return sign(claims(subject, "learner").issuedAt(now.plusSeconds(3600)).claim("nbf", now.plusSeconds(3600).getEpochSecond())
                .expiresAt(now.plusSeconds(7200)), "test-jwt/private.pem");
    }

    public static String otherIssuer(String subject) {
        return sign(claims(subject, "learner").issuer("https://evil.example/issuer"), "test-jwt/private.pem");
    }

    /** Signed by a key nobody trusts. */
    public static String wrongKey(String subject) {
        return sign(claims(subject, "learner"), "test-jwt/other-private.pem");
    }

    /** The dev-only key of scripts/token.sh, which only the dev profile trusts. */
    public static String devKey(String subject) {
        return sign(claims(subject, "learner").issuer("https://quizbank.dev/dev-issuer"), Path.of("scripts", "dev-jwt", "private.pem"));
    }

    /** Unsigned: {@code alg: none}. */
    public static String unsigned(String subject) {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = base64("{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"groups\":[\"author\"],\"exp\":"
                + Instant.now().plusSeconds(600).getEpochSecond() + "}");
        return header + "." + payload + ".";
    }

    /** HS256 with the trusted public key as the HMAC secret: the classic algorithm-confusion attack. */
    public static String hmacWithPublicKey(String subject) {
        try {
            byte[] publicPem = Tokens.class.getClassLoader().getResourceAsStream("test-jwt/public.pem").readAllBytes();
            return claims(subject, "author").jws().algorithm(SignatureAlgorithm.HS256)
                    .sign(new SecretKeySpec(publicPem, "HmacSHA256"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An author's token that names the person only by {@code upn}, as some providers sign them. */
    public static String withoutSubject(String username) {
        return sign(Jwt.issuer(ISSUER).upn(username).groups(Set.of("author")).expiresIn(600), "test-jwt/private.pem");
    }

    /** An author's token whose {@code sub} is the given JSON text as is, as a careless or hostile provider might sign it. */
    public static String authorWithSubject(String subjectJson) {
        long now = Instant.now().getEpochSecond();
        return signedPayload("{\"iss\":\"" + ISSUER + "\",\"sub\":" + subjectJson + ",\"upn\":\"someone\",\"groups\":[\"author\"],"
                + "\"iat\":" + now + ",\"exp\":" + (now + 600) + "}");
    }

    /** A token whose {@code groups} is the given JSON text as is: {@code "learner author"} names roles in a string. */
    public static String withGroups(String subject, String groupsJson) {
        long now = Instant.now().getEpochSecond();
        return signedPayload("{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"groups\":" + groupsJson + ","
                + "\"iat\":" + now + ",\"exp\":" + (now + 600) + "}");
    }

    /** An author's token issued {@code issuedAgo} ago (negative: in the future) and valid for {@code lifetime} from then. */
    public static String issued(String subject, Duration issuedAgo, Duration lifetime) {
        long issuedAt = Instant.now().minus(issuedAgo).getEpochSecond();
        return signedPayload("{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"groups\":[\"author\"],"
                + "\"iat\":" + issuedAt + ",\"exp\":" + (issuedAt + lifetime.toSeconds()) + "}");
    }

    /** An author's token for the audience {@code audience}. */
    public static String forAudience(String subject, String audience) {
        return sign(claims(subject, "author").audience(audience), "test-jwt/private.pem");
    }

    /** An author's token without iat, valid for ten minutes. */
    public static String withoutIssuedAt(String subject) {
        long exp = Instant.now().getEpochSecond() + 600;
        return signedPayload("{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"groups\":[\"author\"],\"exp\":" + exp + "}");
    }

    /** Signs a payload given as JSON text, which the builder would escape or complete. */
    public static String signedPayload(String payload) {
        try {
            String signed = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64(payload);
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(KeyUtils.readPrivateKey("test-jwt/private.pem"));
            rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign with test-jwt/private.pem", e);
        }
    }

    /** A learner's token whose display names differ from its subject, as a provider's user ids and usernames do. */
    public static String learnerNamed(String subject, String username) {
        return sign(Jwt.issuer(ISSUER).subject(subject).upn(username).preferredUserName(username).groups(Set.of("learner"))
                .expiresIn(600), "test-jwt/private.pem");
    }

    private static JwtClaimsBuilder claims(String subject, String role) {
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of(role)).expiresIn(600);
    }

    private static String sign(JwtClaimsBuilder claims, String resource) {
        try {
            return claims.sign(KeyUtils.readPrivateKey(resource));
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign with " + resource, e);
        }
    }

    private static String sign(JwtClaimsBuilder claims, Path file) {
        try {
            PrivateKey key = KeyUtils.decodePrivateKey(Files.readString(file));
            return claims.sign(key);
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign with " + file, e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
