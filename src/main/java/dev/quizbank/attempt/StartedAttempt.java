package dev.quizbank.attempt;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An attempt started with {@code POST /quizzes/{id}/attempts}, as its row keeps it: in progress until
 * {@code submittedAt}, then graded under the same id.
 *
 * @param learnerId   the learner it belongs to; null for an anonymous attempt, which whoever holds its id owns
 * @param deadline    when its time ends; null when untimed and the quiz never closes
 * @param graceUntil  deadline and the grace seconds: the last instant a save or a submit is taken; null with deadline
 * @param seed        every random choice of the attempt follows from it
 * @param questions   the numbers of the questions it was given, in the order it shows them
 * @param choices     the saved responses, as a graded row's choices ({@code CompactResponses})
 * @param responses   and its responses
 * @param revision    how many saves there were: the ETag
 * @param submittedAt null while in progress
 */
public record StartedAttempt(UUID id, String quizId, int quizVersion, String learnerId, Instant startedAt, Instant deadline,
        Instant graceUntil, long seed, List<Integer> questions, byte[] choices, byte[] responses, int revision,
        Instant submittedAt) {

    public StartedAttempt {
        questions = List.copyOf(questions);
    }

    public boolean inProgress() {
        return submittedAt == null;
    }

    /** Whether no save or submit is taken any more at {@code now}. */
    public boolean timeIsUp(Instant now) {
        return graceUntil != null && now.isAfter(graceUntil);
    }

    public StartedAttempt saved(byte[] savedChoices, byte[] savedResponses) {
        return new StartedAttempt(id, quizId, quizVersion, learnerId, startedAt, deadline, graceUntil, seed, questions, savedChoices,
                savedResponses, revision + 1, submittedAt);
    }
}
