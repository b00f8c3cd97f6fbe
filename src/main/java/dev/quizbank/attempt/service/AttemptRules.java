package dev.quizbank.attempt.service;

import java.util.Optional;

import dev.quizbank.identity.Caller;
import dev.quizbank.quiz.QuizSettings;

/** Who may attempt a quiz and who may read an attempt, as docs/identity.md has it. */
final class AttemptRules {

    private AttemptRules() {
    }

    /**
     * The learner a new attempt belongs to (empty for an anonymous one).
     *
     * @throws LearnerRequired when the quiz's settings admit learners only and the caller is not one
     */
    static Optional<String> owner(QuizSettings settings, Caller caller) {
        if (!settings.anonymous() && !caller.learner()) {
            throw new LearnerRequired(!caller.anonymous());
        }
        return caller.learner() ? caller.subject() : Optional.empty();
    }

    /** An attempt that belongs to a learner is that learner's and the authors'; an anonymous one is anyone's. */
    static boolean mayRead(String learnerId, Caller caller) {
        return learnerId == null || caller.author() || caller.subject().filter(learnerId::equals).isPresent();
    }
}
