package dev.quizbank.quiz.format;

import java.util.List;
import java.util.Set;

/**
 * What a reader made of a document before the rules are checked: a draft that may break them (or
 * hold nulls where the document lacks a part), where each part stands, and the problems that kept
 * the reader from reading parts at all.
 *
 * @param unreadQuestions the indexes of questions the reader could not read whole, after a problem
 *        it reported: they hold their place in the numbering, and no rule is checked on them
 * @param stopped whether the reader stopped before the end (a size limit, or too many problems):
 *        the draft is partial, and no rule is checked on it
 * @param truncated whether there were more problems than {@code problems} holds
 */
public record ParsedSource(QuizSource draft, Places places, List<SourceViolation> problems, Set<Integer> unreadQuestions,
        boolean stopped, boolean truncated) {

    public ParsedSource {
        problems = List.copyOf(problems);
        unreadQuestions = Set.copyOf(unreadQuestions);
    }

    ParsedSource(QuizSource draft, Places places, SourceViolations problems, Set<Integer> unreadQuestions) {
        this(draft, places, problems.list(), unreadQuestions, problems.stopped(), problems.truncated());
    }

    ParsedSource(QuizSource draft, Places places, SourceViolations problems) {
        this(draft, places, problems, Set.of());
    }
}
