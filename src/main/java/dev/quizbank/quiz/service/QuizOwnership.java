package dev.quizbank.quiz.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.quizbank.identity.Caller;

/**
 * Who may manage a quiz: edit, retire and restore it, and read what is for its owners alone (its
 * source, its versions and its statistics). Its owners are the author who published it and the
 * authors its newest version's settings list ({@code settings.owners}); role admin manages every
 * quiz. A quiz first published from a bundled file has no publisher: only admin manages it, and
 * whom admin lists. An edit never adds an owner, since whoever may edit is one already, or admin.
 */
@ApplicationScoped
public class QuizOwnership {

    /** The caller is neither an owner of the quiz nor admin. */
    public static final class NotAnOwner extends RuntimeException {

        private final String quizId;

        NotAnOwner(String quizId) {
            super("not an owner of quiz " + quizId, null, false, false);
            this.quizId = quizId;
        }

        public String quizId() {
            return quizId;
        }
    }

    private final QuizCatalog catalog;

    QuizOwnership(QuizCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The current version of a quiz in service, for a caller who may manage it.
     *
     * @throws QuizNotFound when the quiz is not in service
     * @throws NotAnOwner when the caller may not manage it
     */
    public PublishedQuiz current(Caller caller, String quizId) {
        return managed(caller, catalog.require(quizId, null));
    }

    /**
     * The newest version of a quiz, retired or not, for a caller who may manage it.
     *
     * @throws QuizNotFound when there is no such quiz
     * @throws NotAnOwner when the caller may not manage it
     */
    public PublishedQuiz newest(Caller caller, String quizId) {
        // Only a restore asks, rarely, and another instance's retire may have committed a moment ago, not yet heard of.
        catalog.refresh(quizId);
        return managed(caller, catalog.newest(quizId).orElseThrow(() -> new QuizNotFound(quizId)));
    }

    /** The rule itself: an admin, or an author who published the quiz or whom its settings list. */
    private static boolean mayManage(Caller caller, PublishedQuiz quiz) {
        if (caller.admin()) {
            return true;
        }
        Optional<String> subject = caller.subject().filter(s -> caller.author());
        return subject.isPresent() && (subject.equals(quiz.owner()) || quiz.settings().owners().contains(subject.get()));
    }

    private static PublishedQuiz managed(Caller caller, PublishedQuiz quiz) {
        if (!mayManage(caller, quiz)) {
            throw new NotAnOwner(quiz.id());
        }
        return quiz;
    }
}
