package dev.quizbank.attempt.service;

import java.time.Instant;
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

    /**
     * Whether an attempt may begin at {@code now}: from openAt, before closeAt.
     *
     * @throws QuizNotOpen when it may not
     */
    static void open(String quizId, QuizSettings settings, Instant now) {
        if (settings.openAt() != null && now.isBefore(settings.openAt())) {
            throw new QuizNotOpen(quizId, settings.openAt(), settings.closeAt(), true);
        }
        if (settings.closeAt() != null && !now.isBefore(settings.closeAt())) {
            throw new QuizNotOpen(quizId, settings.openAt(), settings.closeAt(), false);
        }
    }

    /**
     * Who may go on with an attempt in progress, see it, save to it and submit it: the learner it belongs to, or,
     * for an anonymous one, whoever holds its id. Not authors: what a learner has not submitted is theirs.
     */
    static boolean owns(String learnerId, Caller caller) {
        return learnerId == null || caller.subject().filter(learnerId::equals).isPresent();
    }

    /** An attempt that belongs to a learner is that learner's and the authors'; an anonymous one is anyone's. */
    static boolean mayRead(String learnerId, Caller caller) {
        return learnerId == null || caller.author() || caller.subject().filter(learnerId::equals).isPresent();
    }
}
