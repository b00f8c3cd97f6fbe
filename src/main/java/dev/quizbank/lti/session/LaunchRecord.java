package dev.quizbank.lti.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An accepted launch as stored: the person, the platform, deployment and resource link it came from, and for grade
 * passback the AGS line item and scopes (a graded attempt made with its session names it by the token's launch claim).
 */
public record LaunchRecord(UUID id, long platformId, String deploymentId, String messageType, String ltiSubject, String subject,
        String role, List<String> roles, Optional<String> resourceLinkId, Optional<String> contextId, Optional<String> quizId,
        Optional<String> agsLineitem, Optional<String> agsLineitems, List<String> agsScopes, Optional<String> deepLinkReturnUrl,
        Optional<String> deepLinkData) {
}
