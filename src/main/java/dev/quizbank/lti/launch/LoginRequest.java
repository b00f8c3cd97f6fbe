package dev.quizbank.lti.launch;

import java.util.Optional;

/** A platform's third-party login initiation (LTI Core §4.1), by GET query or form POST. */
public record LoginRequest(String issuer, String loginHint, String targetLinkUri, Optional<String> messageHint,
        Optional<String> clientId, Optional<String> deploymentId, Optional<String> storageTarget) {
}
