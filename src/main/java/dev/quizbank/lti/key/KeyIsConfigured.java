package dev.quizbank.lti.key;

/** The tool's key comes from {@code quiz.lti.key.private-key-location}: the operator rotates it, not the service. */
public class KeyIsConfigured extends RuntimeException {

    public KeyIsConfigured() {
        super("the tool's key is configured (quiz.lti.key.private-key-location)", null, false, false);
    }
}
