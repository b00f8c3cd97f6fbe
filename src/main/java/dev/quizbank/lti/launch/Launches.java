package dev.quizbank.lti.launch;

import static jakarta.transaction.Transactional.TxType.REQUIRED;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.quizbank.common.Digests;
import dev.quizbank.identity.SubjectRule;
import dev.quizbank.lti.LtiConfig;
import dev.quizbank.lti.platform.Platform;
import dev.quizbank.lti.platform.PlatformRegistry;
import dev.quizbank.lti.session.LaunchRecord;
import dev.quizbank.lti.session.LaunchStore;

/**
 * The OIDC third-party login and the launch that answers it (LTI Core §4 and §5, Security Framework §5.1). A
 * login's state is bound to the browser that started it by a secret kept in a cookie, or in the platform's
 * postMessage storage; an accepted launch leaves a one-time code that the web client trades for a session.
 */
@ApplicationScoped
@Transactional(REQUIRED)
public class Launches {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the browser is sent after a login: to the platform's auth URL with the request, holding its binding. */
    public record LoginStarted(URI authRequest, String state, String binding, Optional<String> storageTarget, String platformOrigin) {
    }

    /** What a launch came to: the state is known but its binding must be read from the platform's storage first, or a code. */
    public sealed interface Outcome permits NeedsStoredBinding, Launched {
    }

    public record NeedsStoredBinding(String state, String storageTarget, String platformOrigin) implements Outcome {
    }

    public record Launched(String code, LaunchRecord launch) implements Outcome {
    }

    private final PlatformRegistry platforms;
    private final LoginStore logins;
    private final IdTokenChecks checks;
    private final LaunchStore launches;
    private final LtiConfig config;

    Launches(PlatformRegistry platforms, LoginStore logins, IdTokenChecks checks, LaunchStore launches, LtiConfig config) {
        this.platforms = platforms;
        this.logins = logins;
        this.checks = checks;
        this.launches = launches;
        this.config = config;
    }

    public LoginStarted login(LoginRequest request, String launchUrl, String loginQuery) {
        String clientId = request.clientId().orElseThrow(() -> new LaunchRefused(
                "The login initiation has no client_id: the tool tells platforms apart by issuer and client id."));
        Platform platform = platforms.byRegistration(request.issuer(), clientId).orElseThrow(() -> new LaunchRefused(
                "No platform is registered with this issuer and client id: register it first (docs/lti.md)."));
        if (!launchUrl.equals(request.targetLinkUri())) {
            throw new LaunchRefused("The target_link_uri is not this tool's launch URL " + launchUrl + ".");
        }
        LoginState login = new LoginState(random(), random(), random(), platform.id, launchUrl, loginQuery, request.storageTarget());
        logins.save(login);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("scope", "openid");
        query.put("response_type", "id_token");
        query.put("response_mode", "form_post");
        query.put("prompt", "none");
        query.put("client_id", clientId);
        query.put("redirect_uri", launchUrl);
        query.put("login_hint", request.loginHint());
        request.messageHint().ifPresent(hint -> query.put("lti_message_hint", hint));
        query.put("state", login.state());
        query.put("nonce", login.nonce());
        String separator = platform.authUrl.contains("?") ? "&" : "?";
        return new LoginStarted(URI.create(platform.authUrl + separator + encode(query)), login.state(), login.binding(),
                request.storageTarget(), origin(platform.authUrl));
    }

    /**
     * @param cookieBinding the binding the browser's cookie holds for this state, if it sent one
     * @param storedBinding the binding the page read back from the platform's storage, if it did
     */
    public Outcome launch(String idToken, String state, Optional<String> cookieBinding, Optional<String> storedBinding) {
        LoginState login = logins.find(state == null ? "" : state).orElseThrow(() -> new LaunchRefused(
                "The state is unknown or has expired: start the launch again from the course."));
        Platform platform = platforms.byId(login.platformId()).orElseThrow(() -> new LaunchRefused("The platform is no longer registered."));
        if (cookieBinding.isEmpty() && storedBinding.isEmpty() && login.storageTarget().isPresent()) {
            return new NeedsStoredBinding(login.state(), login.storageTarget().get(), origin(platform.authUrl));
        }
        Optional<String> binding = cookieBinding.or(() -> storedBinding).filter(value -> !value.isEmpty());
        if (binding.isEmpty()) {
            throw new LaunchRefused("This browser kept the login's state neither in a cookie (third-party cookies are blocked in"
                    + " the frame) nor in the platform's storage: open Quizbank in a new window.",
                    Optional.of("/lti/login?" + login.loginQuery()));
        }
        if (!binding.get().equals(login.binding())) {
            throw new LaunchRefused("The state does not belong to this browser's login.");
        }
        LaunchClaims claims = checks.check(idToken, platform, login);
        if (!logins.useNonce(platform.id, login.nonce())) {
            throw new LaunchRefused("The nonce has been used already: this id_token was replayed.");
        }
        String subject = subject(platform.id, claims.subject());
        LaunchRecord launch = new LaunchRecord(UUID.randomUUID(), platform.id, claims.deploymentId(), claims.messageType(),
                claims.subject(), subject, LtiRoles.of(claims.roles()), claims.roles(), claims.resourceLinkId(), claims.contextId(),
                claims.quizId(), claims.ags().flatMap(LaunchClaims.Ags::lineitem), claims.ags().flatMap(LaunchClaims.Ags::lineitems),
                claims.ags().map(LaunchClaims.Ags::scopes).orElse(java.util.List.of()),
                claims.deepLinking().map(LaunchClaims.DeepLinking::returnUrl), claims.deepLinking().flatMap(LaunchClaims.DeepLinking::data));
        String code = random();
        launches.save(launch, Digests.sha256Hex(code), config.launch().codeLifetime());
        return new Launched(code, launch);
    }

    /**
     * The Quizbank subject of a platform's user: their sub scoped by the platform's registration, so that two platforms'
     * user "42" are two people. A sub too long to scope is scoped by its digest; one that names no one is refused.
     */
    static String subject(long platformId, String sub) {
        String scoped = "lti:" + platformId + ":" + sub;
        if (!SubjectRule.names(sub)) {
            throw new LaunchRefused("The id_token's sub is blank, too long or holds control characters.");
        }
        return SubjectRule.names(scoped) ? scoped : "lti:" + platformId + ":sha256:" + Digests.sha256Hex(sub);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(Map<String, String> query) {
        return query.entrySet().stream().map(entry -> entry.getKey() + "="
                + java.net.URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
