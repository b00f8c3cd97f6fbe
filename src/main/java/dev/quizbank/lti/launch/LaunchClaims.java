package dev.quizbank.lti.launch;

import java.util.List;
import java.util.Optional;

/** What an accepted id_token says, in the tool's terms. */
record LaunchClaims(String messageType, String subject, List<String> roles, String deploymentId, Optional<String> resourceLinkId,
        Optional<String> contextId, Optional<String> quizId, Optional<Ags> ags, Optional<DeepLinking> deepLinking) {

    /** The Assignment and Grade Services endpoint claim: where grades of this launch will go. */
    record Ags(Optional<String> lineitem, Optional<String> lineitems, List<String> scopes) {
    }

    /** The Deep Linking request's settings that the answer needs. */
    record DeepLinking(String returnUrl, Optional<String> data) {
    }
}
