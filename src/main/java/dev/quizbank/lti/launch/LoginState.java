package dev.quizbank.lti.launch;

import java.util.Optional;

/** A login initiation waiting for the platform's answer. */
record LoginState(String state, String nonce, String binding, long platformId, String targetLinkUri, String loginQuery,
        Optional<String> storageTarget) {
}
