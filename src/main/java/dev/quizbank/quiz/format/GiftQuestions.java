package dev.quizbank.quiz.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * The questions of GIFT besides single choice, read as Moodle's importer reads them: a multiple-answer question
 * (no '=') is Moodle's weighted multiple choice, true/false carries the feedback for a wrong answer first, short
 * answers and numbers default to full credit, matching pairs each stem with an option's text. Every question is
 * worth one point, as GIFT states none.
 */
final class GiftQuestions {

    /** What Moodle's is_numeric() accepts, bounded. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:[0-9]{1,40}\\.?[0-9]{0,40}|\\.[0-9]{1,40})(?:[eE][+-]?[0-9]{1,3})?");
    private static final String ARROW = "->";
    private static final String UNESCAPED_STAR = "(?<!\\\\)\\*";

    /** A reason the reader gives for a question it does not take, at a line of it. */
    static final class Refused extends RuntimeException {
        final int line;

        Refused(int line, String reason) {
            super(reason, null, false, false);
            this.line = line;
        }
    }

    /** The places of a question's parts, kept apart until it is read whole: a refused question leaves none. */
    private final Map<String, Integer> places = new LinkedHashMap<>();
    private final SourceViolations problems;
    private final String path;
    private final int number;

    GiftQuestions(SourceViolations problems, String path, int number) {
        this.problems = problems;
        this.path = path;
        this.number = number;
    }

    /** Records where the question's parts stand, once it has been read whole. */
    void placeIn(Places found) {
        places.forEach(found::line);
    }

    /** An answer between '=' or '~' marks: its weight, its text and its feedback after the first '#'. */
    private record Answer(int line, BigDecimal fraction, GiftText.Span text, String feedback) {
    }

    private Answer answer(GiftAnswers.Piece piece, BigDecimal otherwise) {
        GiftText.Span span = piece.span();
        BigDecimal fraction = otherwise;
        GiftWeights.Weight weight = GiftWeights.at(span);
        if (weight != null) {
            if (weight.problem() != null) {
                throw new Refused(piece.line(), weight.problem());
            }
            fraction = weight.fraction();
            span = span.from(weight.length());
        }
        int hash = span.indexOf("#");
        String feedback = hash < 0 ? "" : span.from(hash + 1).trim().withoutFormat().text();
        return new Answer(piece.line(), fraction, (hash < 0 ? span : span.to(hash)).trim().withoutFormat(), feedback);
    }

    Question.Multiple multiple(String text, List<GiftAnswers.Piece> pieces, String explanation) {
        places.putIfAbsent(path + ".choices", pieces.isEmpty() ? 1 : pieces.getFirst().line());
        List<QuizDocument.Choice> choices = new ArrayList<>();
        Set<String> correct = new LinkedHashSet<>();
        for (GiftAnswers.Piece piece : pieces) {
            Answer answer = answer(piece, BigDecimal.ZERO);
            String key = String.valueOf((char) ('A' + choices.size()));
            places.putIfAbsent(path + ".choices[" + choices.size() + "]", piece.line());
            choices.add(new QuizDocument.Choice(key, answer.text().text(), answer.fraction(), answer.feedback()));
            if (answer.fraction().signum() > 0) {
                correct.add(key);
            }
        }
        places.putIfAbsent(path + ".correct", pieces.isEmpty() ? 1 : pieces.getFirst().line());
        return new Question.Multiple(number, text, choices, correct, Question.MultipleScoring.weighted, explanation,
                Question.DEFAULT_POINTS);
    }

    /** Moodle's two feedbacks: the first for a wrong answer, the second for a right one. */
    Question.TrueFalse trueFalse(String text, GiftText.Span answers, String explanation) {
        int first = answers.indexOf("#");
        GiftText.Span value = first < 0 ? answers : answers.to(first).trim();
        boolean answer = value.chars().startsWith("T");
        String wrong = "";
        String right = "";
        if (first >= 0) {
            GiftText.Span rest = answers.from(first + 1);
            int second = rest.indexOf("#");
            wrong = (second < 0 ? rest : rest.to(second)).trim().withoutFormat().text();
            right = second < 0 ? "" : rest.from(second + 1).trim().withoutFormat().text();
        }
        places.putIfAbsent(path + ".answer", answers.line());
        return new Question.TrueFalse(number, text, answer, answer ? right : wrong, answer ? wrong : right, explanation,
                Question.DEFAULT_POINTS);
    }

    /** Moodle matches short answers with '*' as a wildcard and '\*' as a star: an answer with no wildcard is exact. */
    Question.ShortText shortText(String text, List<GiftAnswers.Piece> pieces, String explanation) {
        places.putIfAbsent(path + ".answers", pieces.isEmpty() ? 1 : pieces.getFirst().line());
        List<Question.TextAnswer> answers = new ArrayList<>();
        for (GiftAnswers.Piece piece : pieces) {
            Answer answer = answer(piece, BigDecimal.ONE);
            places.putIfAbsent(path + ".answers[" + answers.size() + "]", piece.line());
            String accepted = answer.text().text();
            boolean wildcard = Pattern.compile(UNESCAPED_STAR).matcher(accepted).find();
            answers.add(new Question.TextAnswer(wildcard ? accepted : accepted.replace("\\*", "*"), answer.fraction(),
                    wildcard ? Question.TextAnswer.Match.wildcard : Question.TextAnswer.Match.exact, answer.feedback()));
        }
        return new Question.ShortText(number, text, answers, false, explanation, Question.DEFAULT_POINTS);
    }

    Question.Numeric numeric(String text, GiftText.Span answers, int line, String explanation) {
        if (answers.indexOf("~") >= 0) {
            throw new Refused(line, "a numerical question with feedback for any other number ('~'), which Quizbank has no place for");
        }
        List<GiftAnswers.Piece> pieces = GiftAnswers.pieces(answers, line, problems);
        places.putIfAbsent(path + ".answers", pieces.isEmpty() ? line : pieces.getFirst().line());
        List<NumericAnswer> accepted = new ArrayList<>();
        for (GiftAnswers.Piece piece : pieces) {
            Answer answer = answer(piece, BigDecimal.ONE);
            places.putIfAbsent(path + ".answers[" + accepted.size() + "]", piece.line());
            GiftText.Span value = answer.text();
            int range = value.indexOf("..");
            int colon = value.indexOf(":");
            if (range > 0) {
                accepted.add(new NumericAnswer.Range(decimal(value.to(range), piece), decimal(value.from(range + 2), piece),
                        answer.fraction(), answer.feedback()));
            } else if (colon > 0) {
                accepted.add(new NumericAnswer.Nominal(decimal(value.to(colon), piece), decimal(value.from(colon + 1), piece),
                        answer.fraction(), answer.feedback()));
            } else {
                accepted.add(new NumericAnswer.Nominal(decimal(value, piece), BigDecimal.ZERO, answer.fraction(), answer.feedback()));
            }
        }
        if (accepted.isEmpty()) {
            throw new Refused(line, "a numerical question with no answer ({#3.14:0.01})");
        }
        return new Question.Numeric(number, text, accepted, explanation, Question.DEFAULT_POINTS);
    }

    private static BigDecimal decimal(GiftText.Span span, GiftAnswers.Piece piece) {
        String text = span.text();
        if (!NUMBER.matcher(text).matches()) {
            throw new Refused(piece.line(), "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
                    + "' is not a number: a numerical answer reads {#3.14:0.01}, {#1..5} or {#=%50%3:1}");
        }
        return new BigDecimal(text);
    }

    /** Stems keyed s1, s2…, options o1, o2… in the order they first appear; a blank stem makes its option a distractor. */
    Question.Matching matching(String text, List<GiftAnswers.Piece> pieces, String explanation) {
        List<Question.Item> stems = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> pairs = new LinkedHashMap<>();
        places.putIfAbsent(path + ".stems", pieces.isEmpty() ? 1 : pieces.getFirst().line());
        places.putIfAbsent(path + ".pairs", pieces.isEmpty() ? 1 : pieces.getFirst().line());
        for (GiftAnswers.Piece piece : pieces) {
            GiftText.Span span = piece.span();
            int arrow = span.indexOf(ARROW);
            if (arrow < 0) {
                throw new Refused(piece.line(), "a matching answer reads '=stem -> option'");
            }
            String option = span.from(arrow + ARROW.length()).text();
            String optionKey = options.computeIfAbsent(option, o -> "o" + (options.size() + 1));
            places.putIfAbsent(path + ".options[" + (Integer.parseInt(optionKey.substring(1)) - 1) + "]", piece.line());
            String stem = span.to(arrow).trim().withoutFormat().text();
            if (!stem.isEmpty()) {
                String stemKey = "s" + (stems.size() + 1);
                places.putIfAbsent(path + ".stems[" + stems.size() + "]", piece.line());
                stems.add(new Question.Item(stemKey, stem));
                pairs.put(stemKey, optionKey);
            }
        }
        List<Question.Item> optionItems = new ArrayList<>();
        options.forEach((option, key) -> optionItems.add(new Question.Item(key, option)));
        return new Question.Matching(number, text, stems, optionItems, pairs, Question.MatchingScoring.perPair, explanation,
                Question.DEFAULT_POINTS);
    }
}
