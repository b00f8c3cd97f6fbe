package dev.quizbank.attempt.service;

import java.util.Optional;

import dev.quizbank.identity.Caller;
import dev.quizbank.problem.ProblemType;
import dev.quizbank.problem.Problems;
import dev.quizbank.quiz.QuizSettings;

/** Who may attempt a quiz and who may read an attempt, as API.md Part 2 "Attempts and learners" has it. */
final class AttemptRules {

    private AttemptRules() {
    }

    /**
     * The learner a new attempt belongs to (empty for an anonymous one); refuses a caller the quiz's
     * settings do not admit: 401 without a token where learners must sign in, 403 without the learner role.
     */
    static Optional<String> owner(QuizSettings settings, Caller caller) {
        if (!settings.anonymous()) {
            if (caller.anonymous()) {
                throw Problems.builder(ProblemType.UNAUTHORIZED, "This quiz is for signed-in learners: send a bearer token.")
                        .withHeader("WWW-Authenticate", "Bearer").build();
            }
            if (!caller.learner()) {
                throw Problems.of(ProblemType.FORBIDDEN, "This quiz is for learners; the token has no learner role.");
            }
        }
        return caller.learner() ? caller.subject() : Optional.empty();
    }

    /** An attempt that belongs to a learner is that learner's and the authors'; an anonymous one is anyone's. */
    static boolean mayRead(String learnerId, Caller caller) {
        return learnerId == null || caller.author() || caller.subject().filter(learnerId::equals).isPresent();
    }
}
