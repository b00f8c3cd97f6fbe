package dev.quizbank.quiz.format;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.quizbank.common.Echo;
import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * The rules of each question type, for {@link QuizRules}: what a question must state so that every
 * response can be graded and some response earns full marks. Each problem is reported at its place.
 */
final class QuestionRules {

    private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

    private final QuizRules rules;

    QuestionRules(QuizRules rules) {
        this.rules = rules;
    }

    void check(String path, String name, Question question) {
        if (question.points().signum() <= 0) {
            rules.fault(path + ".points", name + " is worth " + question.points().toPlainString()
                    + " points; points are a positive decimal");
        }
        switch (question) {
            case Question.Single q -> single(path, name, q);
            case Question.Multiple q -> multiple(path, name, q);
            case Question.TrueFalse q -> {
                feedback(path + ".feedbackIfTrue", q.feedbackIfTrue(), name);
                feedback(path + ".feedbackIfFalse", q.feedbackIfFalse(), name);
            }
            case Question.ShortText q -> shortText(path, name, q);
            case Question.Numeric q -> numeric(path, name, q);
            case Question.Matching q -> matching(path, name, q);
            case Question.Ordering q -> {
                if (q.items().size() < 2) {
                    rules.fault(path + ".items", name + " has " + q.items().size() + " items; an ordering puts 2 to "
                            + QuizRules.MAX_CHOICES + " in order");
                }
                items(path + ".items", name, q.items());
            }
        }
    }

    private void single(String path, String name, Question.Single question) {
        Set<String> keys = choices(path, name, question.choices(), false);
        if (question.correctChoice() == null || question.correctChoice().isEmpty()) {
            rules.fault(path + ".answer", name + " has no answer");
        } else if (!keys.contains(question.correctChoice())) {
            rules.fault(path + ".answer", name + ": the answer " + Echo.abbreviated(question.correctChoice())
                    + " is not one of its choices " + listed(keys));
        }
    }

    private void multiple(String path, String name, Question.Multiple question) {
        boolean weighted = question.scoring() == Question.MultipleScoring.weighted;
        Set<String> keys = choices(path, name, question.choices(), weighted);
        if (question.correct().isEmpty()) {
            rules.fault(path + ".correct", name + " names no correct choice");
        }
        int i = 0;
        for (String key : question.correct()) {
            if (!keys.contains(key)) {
                rules.fault(path + ".correct[" + i + "]", name + ": " + Echo.quoted(key) + " is not one of its choices "
                        + listed(keys));
            }
            i++;
        }
        // Choosing exactly the correct choices must earn full marks, as Moodle requires of the positive grades.
        BigDecimal correctSum = question.choices().stream().filter(c -> question.correct().contains(c.key()) && c.fraction() != null)
                .map(QuizDocument.Choice::fraction).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weighted && correctSum.compareTo(BigDecimal.ONE) != 0) {
            rules.fault(path + ".choices", name + ": under weighted scoring the fractions of the correct choices add up to 1, not "
                    + correctSum.toPlainString());
        }
    }

    /** Choices keyed A, B, C… in order (as every export writes them); fractions only where they count. */
    private Set<String> choices(String path, String name, List<QuizDocument.Choice> choices, boolean weighted) {
        if (choices.size() < 2 || choices.size() > QuizRules.MAX_CHOICES) {
            rules.fault(path + ".choices", name + " has " + choices.size() + " choices; a question has 2 to " + QuizRules.MAX_CHOICES);
        }
        Set<String> keys = new HashSet<>();
        for (int j = 0; j < choices.size(); j++) {
            QuizDocument.Choice choice = choices.get(j);
            String choicePath = path + ".choices[" + j + "]";
            String expectedKey = String.valueOf((char) ('A' + j));
            if (choice.key() != null) {
                keys.add(choice.key());
            }
            if (!expectedKey.equals(choice.key())) {
                rules.fault(choicePath + ".key", name + "'s choice " + (j + 1) + " has the key " + Echo.quoted(String.valueOf(choice.key()))
                        + " but should have " + expectedKey + ": choices are keyed A, B, C… in order");
            }
            rules.line(choicePath + ".text", choice.text(), name + "'s choice " + Echo.abbreviated(String.valueOf(choice.key())) + ")");
            if (choice.fraction() != null && !weighted) {
                rules.fault(choicePath + ".fraction", name + ": a choice's fraction counts only in a multiple question"
                        + " with weighted scoring");
            } else {
                fraction(choicePath + ".fraction", choice.fraction(), name);
            }
            feedback(choicePath + ".feedback", choice.feedback(), name);
        }
        return keys;
    }

    private void shortText(String path, String name, Question.ShortText question) {
        if (question.answers().isEmpty() || question.answers().size() > QuizRules.MAX_CHOICES) {
            rules.fault(path + ".answers", name + " has " + question.answers().size() + " answers; a shortText question has 1 to "
                    + QuizRules.MAX_CHOICES);
        }
        for (int j = 0; j < question.answers().size(); j++) {
            Question.TextAnswer answer = question.answers().get(j);
            String answerPath = path + ".answers[" + j + "]";
            rules.line(answerPath + ".text", answer.text(), name + "'s answer " + (j + 1));
            fraction(answerPath + ".fraction", answer.fraction(), name);
            feedback(answerPath + ".feedback", answer.feedback(), name);
        }
        fullMarks(path, name, question.answers().stream().map(Question.TextAnswer::fraction).toList());
    }

    private void numeric(String path, String name, Question.Numeric question) {
        if (question.answers().isEmpty() || question.answers().size() > QuizRules.MAX_CHOICES) {
            rules.fault(path + ".answers", name + " has " + question.answers().size() + " answers; a numeric question has 1 to "
                    + QuizRules.MAX_CHOICES);
        }
        for (int j = 0; j < question.answers().size(); j++) {
            NumericAnswer answer = question.answers().get(j);
            String answerPath = path + ".answers[" + j + "]";
            switch (answer) {
                case NumericAnswer.Nominal n when n.tolerance() != null && n.tolerance().signum() < 0 ->
                        rules.fault(answerPath + ".tolerance", name + ": a tolerance is 0 or more, not " + n.tolerance().toPlainString());
                case NumericAnswer.Range r when r.min() != null && r.max() != null && r.min().compareTo(r.max()) > 0 ->
                        rules.fault(answerPath + ".min", name + ": the range " + r.min().toPlainString() + ".." + r.max().toPlainString()
                                + " runs backwards (min > max)");
                default -> {
                }
            }
            fraction(answerPath + ".fraction", answer.fraction(), name);
            feedback(answerPath + ".feedback", answer.feedback(), name);
        }
        fullMarks(path, name, question.answers().stream().map(NumericAnswer::fraction).toList());
    }

    private void matching(String path, String name, Question.Matching question) {
        Set<String> stems = items(path + ".stems", name, question.stems());
        Set<String> options = items(path + ".options", name, question.options());
        if (question.stems().isEmpty()) {
            rules.fault(path + ".stems", name + " has no stems; a matching question has 1 to " + QuizRules.MAX_CHOICES);
        }
        if (question.options().isEmpty()) {
            rules.fault(path + ".options", name + " has no options; a matching question has 1 to " + QuizRules.MAX_CHOICES);
        }
        question.pairs().forEach((stem, option) -> {
            String pairPath = JsonFields.join(path + ".pairs", stem);
            if (!stems.contains(stem)) {
                rules.fault(pairPath, name + ": the pair names " + Echo.quoted(stem) + ", which is not one of its stems " + listed(stems));
            } else if (!options.contains(option)) {
                rules.fault(pairPath, name + ": the stem " + Echo.quoted(stem) + " is paired with " + Echo.quoted(option)
                        + ", which is not one of its options " + listed(options));
            }
        });
        for (Question.Item stem : question.stems()) {
            if (stem.key() != null && !question.pairs().containsKey(stem.key())) {
                rules.fault(path + ".pairs", name + ": the stem " + Echo.quoted(stem.key()) + " is paired with no option");
            }
        }
    }

    /** Stems, options or items: each keyed uniquely, each a line of text; the keys found. */
    private Set<String> items(String path, String name, List<Question.Item> items) {
        if (items.size() > QuizRules.MAX_CHOICES) {
            rules.fault(path, name + " has " + items.size() + " of them here; at most " + QuizRules.MAX_CHOICES);
        }
        Set<String> keys = new HashSet<>();
        for (int j = 0; j < items.size(); j++) {
            Question.Item item = items.get(j);
            String itemPath = path + "[" + j + "]";
            if (item.key() == null || !Question.ITEM_KEY.matcher(item.key()).matches()) {
                rules.fault(itemPath + ".key", name + ": a key is 1 to 32 letters, digits, '_' or '-', not "
                        + Echo.quoted(String.valueOf(item.key())));
            } else if (!keys.add(item.key())) {
                rules.fault(itemPath + ".key", name + ": the key " + Echo.quoted(item.key()) + " is used twice");
            }
            rules.line(itemPath + ".text", item.text(), name + "'s " + Echo.abbreviated(String.valueOf(item.key())));
        }
        return keys;
    }

    private void fraction(String path, BigDecimal fraction, String name) {
        if (fraction != null && (fraction.compareTo(MINUS_ONE) < 0 || fraction.compareTo(BigDecimal.ONE) > 0)) {
            rules.fault(path, name + ": a fraction is from -1 to 1, not " + fraction.toPlainString());
        }
    }

    /** Some answer earns full marks, else no learner could answer the question right. */
    private void fullMarks(String path, String name, List<BigDecimal> fractions) {
        if (!fractions.isEmpty() && fractions.stream().noneMatch(f -> f != null && f.compareTo(BigDecimal.ONE) == 0)) {
            rules.fault(path + ".answers", name + ": no answer earns full marks (a fraction of 1)");
        }
    }

    private void feedback(String path, String feedback, String name) {
        if (rules.text(path, feedback, name + "'s feedback", false)) {
            rules.headings(path, feedback, 0, name + "'s feedback");
        }
    }

    private static String listed(Set<String> keys) {
        return String.join(", ", keys.stream().sorted().map(Echo::abbreviated).toList());
    }
}
