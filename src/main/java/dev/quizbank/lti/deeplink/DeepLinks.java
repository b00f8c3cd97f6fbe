package dev.quizbank.lti.deeplink;

import static jakarta.transaction.Transactional.TxType.REQUIRED;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.nimbusds.jwt.JWTClaimsSet;

import dev.quizbank.identity.Caller;
import dev.quizbank.lti.key.ToolKeys;
import dev.quizbank.lti.launch.LtiClaims;
import dev.quizbank.lti.platform.Platform;
import dev.quizbank.lti.platform.PlatformRegistry;
import dev.quizbank.lti.session.LaunchRecord;
import dev.quizbank.lti.session.LaunchStore;
import dev.quizbank.quiz.service.PublishedQuiz;
import dev.quizbank.quiz.service.QuizCatalog;
import dev.quizbank.quiz.service.QuizNotFound;

/**
 * The answer to a deep linking request (Deep Linking 2.0 §4.2): one LTI resource link to the chosen quiz, with its
 * quiz_id as a custom parameter and a line item worth the quiz's maximum score, signed with the tool's key. No claim
 * is null: one the request lacks (data) is left out.
 */
@ApplicationScoped
@Transactional(REQUIRED)
public class DeepLinks {

    private static final long LIFETIME_SECONDS = 300;

    /** Where the browser posts the signed answer (as form field JWT). */
    public record Answer(String returnUrl, String jwt) {
    }

    private final LaunchStore launches;
    private final PlatformRegistry platforms;
    private final QuizCatalog quizzes;
    private final ToolKeys keys;

    DeepLinks(LaunchStore launches, PlatformRegistry platforms, QuizCatalog quizzes, ToolKeys keys) {
        this.launches = launches;
        this.platforms = platforms;
        this.quizzes = quizzes;
        this.keys = keys;
    }

    /**
     * @param launchId the caller's session's launch
     * @param launchUrl where the platform launches the link: this tool's launch URL
     */
    public Answer answer(UUID launchId, String subject, String quizId, String launchUrl) {
        LaunchRecord launch = launches.byId(launchId)
                .filter(found -> LtiClaims.DEEP_LINKING_REQUEST.equals(found.messageType()) && found.subject().equals(subject)
                        && Caller.AUTHOR.equals(found.role()) && found.deepLinkReturnUrl().isPresent())
                .orElseThrow(NotADeepLinkingLaunch::new);
        Platform platform = platforms.byId(launch.platformId()).orElseThrow(NotADeepLinkingLaunch::new);
        PublishedQuiz quiz = quizzes.currentVersion(quizId).orElseThrow(() -> new QuizNotFound(quizId));
        Map<String, Object> lineItem = new LinkedHashMap<>();
        lineItem.put("scoreMaximum", quiz.content().maxScore());
        lineItem.put("label", quiz.content().title());
        lineItem.put("resourceId", quiz.id());
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("type", "ltiResourceLink");
        link.put("title", quiz.content().title());
        link.put("url", launchUrl);
        link.put("custom", Map.of("quiz_id", quiz.id()));
        link.put("lineItem", lineItem);
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(platform.clientId).audience(platform.issuer)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(LIFETIME_SECONDS)))
                .claim("nonce", UUID.randomUUID().toString()).jwtID(UUID.randomUUID().toString())
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE).claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
                .claim(LtiClaims.DEPLOYMENT_ID, launch.deploymentId()).claim(LtiClaims.CONTENT_ITEMS, List.of(link));
        launch.deepLinkData().ifPresent(data -> claims.claim(LtiClaims.DATA, data));
        return new Answer(launch.deepLinkReturnUrl().get(), keys.sign(claims.build()));
    }
}
