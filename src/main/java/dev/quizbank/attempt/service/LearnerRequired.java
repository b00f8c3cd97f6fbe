package dev.quizbank.attempt.service;

/** A quiz for signed-in learners, attempted without a token or by a caller without the learner role. */
public class LearnerRequired extends RuntimeException {

    private final boolean signedIn;

    LearnerRequired(boolean signedIn) {
        super(signedIn ? "the caller has no learner role" : "the caller is anonymous", null, false, false);
        this.signedIn = signedIn;
    }

    /** Whether the caller presented a token at all. */
    public boolean signedIn() {
        return signedIn;
    }
}
