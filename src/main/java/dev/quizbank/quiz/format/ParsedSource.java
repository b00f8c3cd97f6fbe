package dev.quizbank.quiz.format;

import java.util.List;
import java.util.Set;

/**
 * What a reader made of a document before the rules are checked: a draft that may break them (or
 * hold nulls where the document lacks a part), where each part stands, and the problems that kept
 * the reader from reading parts at all.
 */
public record ParsedSource(QuizSource draft, Places places, List<SourceViolation> problems, Set<Integer> unreadQuestions) {

    /**
     * @param unreadQuestions the indexes of questions the reader could not read whole, after a
     *        problem it reported: they hold their place in the numbering, and no rule is checked on them
     */
    public ParsedSource {
        problems = List.copyOf(problems);
        unreadQuestions = Set.copyOf(unreadQuestions);
    }

    public ParsedSource(QuizSource draft, Places places, List<SourceViolation> problems) {
        this(draft, places, problems, Set.of());
    }
}
