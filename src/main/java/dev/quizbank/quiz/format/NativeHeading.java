package dev.quizbank.quiz.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

import dev.quizbank.common.Echo;
import dev.quizbank.quiz.document.Question;

/**
 * What a question's heading states: 'Question N (type, scoring, P points)', or for a short-text question
 * 'case sensitive'. The plain 'Question N' states a single-choice question worth one point, as every document
 * did before the other types.
 */
record NativeHeading(int number, Question.Type type, String scoring, BigDecimal points, boolean caseSensitive) {

    static final String CASE_SENSITIVE = "case sensitive";

    /** The heading of a single-choice question worth one point. */
    static NativeHeading plain(int number) {
        return new NativeHeading(number, Question.Type.single, null, Question.DEFAULT_POINTS, false);
    }

    static NativeHeading read(Matcher typed, int line) {
        int number = Integer.parseInt(typed.group(1));
        Question.Type type = Question.Type.valueOf(typed.group(2));
        String scoring = null;
        BigDecimal points = Question.DEFAULT_POINTS;
        boolean caseSensitive = false;
        boolean pointsStated = false;
        for (String attribute : typed.group(3).isEmpty() ? new String[0] : typed.group(3).substring(2).split(", ", -1)) {
            Matcher stated = NativeSyntax.POINTS.matcher(attribute);
            if (stated.matches() && !pointsStated) {
                points = new BigDecimal(stated.group(1));
                pointsStated = true;
            } else if (type == Question.Type.shortText && attribute.equals(CASE_SENSITIVE) && !caseSensitive) {
                caseSensitive = true;
            } else if (scoring == null && scorings(type).contains(attribute)) {
                scoring = attribute;
            } else {
                throw new DocumentLines.Fault(line, "question " + number + ": " + Echo.quoted(attribute)
                        + " is not one of what a " + type + " question states once in its heading: " + stateable(type));
            }
        }
        return new NativeHeading(number, type, scoring, points, caseSensitive);
    }

    private static List<String> scorings(Question.Type type) {
        Enum<?>[] modes = switch (type) {
            case multiple -> Question.MultipleScoring.values();
            case matching -> Question.MatchingScoring.values();
            case ordering -> Question.OrderingScoring.values();
            default -> new Enum<?>[0];
        };
        return Arrays.stream(modes).map(Enum::name).toList();
    }

    private static String stateable(Question.Type type) {
        List<String> stateable = new ArrayList<>(scorings(type));
        if (type == Question.Type.shortText) {
            stateable.add(CASE_SENSITIVE);
        }
        stateable.add("'N points'");
        return String.join(", ", stateable);
    }
}
