package dev.quizbank.lti.launch;

import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import dev.quizbank.lti.LtiConfig;
import dev.quizbank.lti.platform.Platform;

/**
 * The id_token checks of Security Framework §5.1.3, then LTI Core §5.3, in that order; the first that fails
 * refuses the launch, saying which. Unknown claims are ignored. The nonce's single use is the caller's, once
 * everything here has passed.
 */
@ApplicationScoped
class IdTokenChecks {

    private final PlatformKeys keys;
    private final Duration leeway;

    IdTokenChecks(PlatformKeys keys, LtiConfig config) {
        this.keys = keys;
        this.leeway = config.launch().leeway();
    }

    LaunchClaims check(String idToken, Platform platform, LoginState login) {
        JWTClaimsSet claims = verified(idToken, platform);
        if (!platform.issuer.equals(claims.getIssuer())) {
            throw new LaunchRefused("The id_token's iss is not " + platform.issuer + ", the issuer this client id is registered for.");
        }
        audience(claims, platform.clientId);
        times(claims);
        if (!login.nonce().equals(string(claims, "nonce"))) {
            throw new LaunchRefused("The id_token's nonce is missing or not the one sent with this login.");
        }
        return lti(claims, platform, login);
    }

    private JWTClaimsSet verified(String idToken, Platform platform) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(idToken == null ? "" : idToken);
        } catch (ParseException e) {
            throw new LaunchRefused("The id_token is missing or not a signed JWT (alg none is never accepted).");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new LaunchRefused("The id_token is signed with " + jwt.getHeader().getAlgorithm() + "; only RS256 is accepted.");
        }
        String kid = jwt.getHeader().getKeyID();
        if (kid == null || kid.isBlank()) {
            throw new LaunchRefused("The id_token's header has no kid, so no key of the platform can be chosen.");
        }
        RSAPublicKey key = keys.key(platform, kid).orElseThrow(() -> new LaunchRefused(
                "The platform's keyset at " + platform.jwksUrl + " has no key with the id_token's kid " + kid + " (refetched at most once per quiz.lti.launch.jwks-refetch)."));
        try {
            if (!jwt.verify(new RSASSAVerifier(key))) {
                throw new LaunchRefused("The id_token's signature does not verify with the platform's key " + kid + ".");
            }
            return jwt.getJWTClaimsSet();
        } catch (JOSEException | ParseException e) {
            throw new LaunchRefused("The id_token's signature or claims cannot be read.");
        }
    }

    private static void audience(JWTClaimsSet claims, String clientId) {
        List<String> audience = claims.getAudience();
        if (!audience.contains(clientId)) {
            throw new LaunchRefused("The id_token's aud does not name this tool's client id.");
        }
        String azp = string(claims, "azp");
        if (audience.size() > 1 && azp == null) {
            throw new LaunchRefused("The id_token has several audiences and no azp.");
        }
        if (azp != null && !azp.equals(clientId)) {
            throw new LaunchRefused("The id_token's azp is not this tool's client id.");
        }
        if (audience.stream().anyMatch(other -> !other.equals(clientId))) {
            throw new LaunchRefused("The id_token's aud names an audience other than this tool.");
        }
    }

    private void times(JWTClaimsSet claims) {
        Instant now = Instant.now();
        Date exp = claims.getExpirationTime();
        if (exp == null || !now.isBefore(exp.toInstant().plus(leeway))) {
            throw new LaunchRefused("The id_token has expired (or has no exp).");
        }
        Date iat = claims.getIssueTime();
        if (iat == null || iat.toInstant().isAfter(now.plus(leeway))) {
            throw new LaunchRefused("The id_token's iat is missing or in the future.");
        }
    }

    private static LaunchClaims lti(JWTClaimsSet claims, Platform platform, LoginState login) {
        if (claims.toString().contains("\\u0000")) {
            throw new LaunchRefused("The id_token holds a NUL character, which no claim the tool keeps may hold.");
        }
        String messageType = string(claims, LtiClaims.MESSAGE_TYPE);
        boolean resourceLink = LtiClaims.RESOURCE_LINK_REQUEST.equals(messageType);
        if (!resourceLink && !LtiClaims.DEEP_LINKING_REQUEST.equals(messageType)) {
            throw new LaunchRefused("The message_type " + Objects.toString(messageType, "(none)") + " is not one this tool handles"
                    + " (LtiResourceLinkRequest, LtiDeepLinkingRequest).");
        }
        if (!LtiClaims.LTI_VERSION.equals(string(claims, LtiClaims.VERSION))) {
            throw new LaunchRefused("The LTI version " + Objects.toString(string(claims, LtiClaims.VERSION), "(none)") + " is not 1.3.0.");
        }
        String deploymentId = string(claims, LtiClaims.DEPLOYMENT_ID);
        if (deploymentId == null || !platform.deploymentIds.contains(deploymentId)) {
            throw new LaunchRefused("The deployment_id " + Objects.toString(deploymentId, "(none)")
                    + " is not registered for this platform: add it to the registration.");
        }
        if (!login.targetLinkUri().equals(string(claims, LtiClaims.TARGET_LINK_URI))) {
            throw new LaunchRefused("The id_token's target_link_uri is not the one the login named.");
        }
        Optional<String> resourceLinkId = Optional.ofNullable(string(object(claims, LtiClaims.RESOURCE_LINK), "id"));
        if (resourceLink && resourceLinkId.isEmpty()) {
            throw new LaunchRefused("The resource link launch has no resource_link.id.");
        }
        if (!(claims.getClaim(LtiClaims.ROLES) instanceof List<?> roles) || roles.stream().anyMatch(role -> !(role instanceof String))) {
            throw new LaunchRefused("The id_token has no roles claim (an empty array is fine).");
        }
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new LaunchRefused("The id_token has no sub: an anonymous launch cannot take a graded quiz.");
        }
        return new LaunchClaims(messageType, subject, roles.stream().map(String.class::cast).toList(), deploymentId, resourceLinkId,
                Optional.ofNullable(string(object(claims, LtiClaims.CONTEXT), "id")),
                Optional.ofNullable(string(object(claims, LtiClaims.CUSTOM), "quiz_id")), ags(claims), deepLinking(claims, resourceLink));
    }

    private static Optional<LaunchClaims.Ags> ags(JWTClaimsSet claims) {
        Map<String, Object> endpoint = object(claims, LtiClaims.AGS_ENDPOINT);
        if (endpoint == null) {
            return Optional.empty();
        }
        List<String> scopes = endpoint.get("scope") instanceof List<?> list
                ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList() : List.of();
        return Optional.of(new LaunchClaims.Ags(Optional.ofNullable(string(endpoint, "lineitem")),
                Optional.ofNullable(string(endpoint, "lineitems")), scopes));
    }

    private static Optional<LaunchClaims.DeepLinking> deepLinking(JWTClaimsSet claims, boolean resourceLink) {
        if (resourceLink) {
            return Optional.empty();
        }
        Map<String, Object> settings = object(claims, LtiClaims.DEEP_LINKING_SETTINGS);
        String returnUrl = string(settings, "deep_link_return_url");
        if (returnUrl == null) {
            throw new LaunchRefused("The deep linking request has no deep_linking_settings.deep_link_return_url.");
        }
        return Optional.of(new LaunchClaims.DeepLinking(returnUrl, Optional.ofNullable(string(settings, "data"))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(JWTClaimsSet claims, String name) {
        return claims.getClaim(name) instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    private static String string(JWTClaimsSet claims, String name) {
        return claims.getClaim(name) instanceof String value ? value : null;
    }

    private static String string(Map<String, Object> object, String name) {
        return object != null && object.get(name) instanceof String value ? value : null;
    }
}
