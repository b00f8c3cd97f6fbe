package dev.quizbank.quiz.document;

/**
 * A part of the service met a question of a type it does not handle yet. Each part that handles single-choice
 * questions only asks {@link #requireSingle}, so the places to extend are the callers of that method.
 */
public final class UnsupportedQuestionException extends IllegalStateException {

    private UnsupportedQuestionException(Question question, String part) {
        super(part + " handles single-choice questions only, but question " + question.number() + " is of type "
                + question.type());
    }

    /**
     * {@code question} as the single-choice question it must be.
     *
     * @param part what handles it, for the message: "the GIFT writer", "grading"
     * @throws UnsupportedQuestionException when it is of another type
     */
    public static Question.Single requireSingle(Question question, String part) {
        if (question instanceof Question.Single single) {
            return single;
        }
        throw new UnsupportedQuestionException(question, part);
    }
}
