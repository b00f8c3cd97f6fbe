package dev.quizbank.quiz.format;

import static dev.quizbank.quiz.format.QtiItem.MAXSCORE;
import static dev.quizbank.quiz.format.QtiItem.RESPONSE;
import static dev.quizbank.quiz.format.QtiItem.SCORE;

import java.math.BigDecimal;
import java.math.RoundingMode;

import dev.quizbank.attempt.grading.Scoring;
import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * The response processing of an item, written so that SCORE ÷ MAXSCORE is what {@link Scoring#fraction} gives:
 * the standard templates for a question worth one point ({@code match_correct} for all-or-nothing modes,
 * {@code map_response} for mapped ones), the same rules scaled by MAXSCORE otherwise, and rules of their own
 * where a template cannot grade. Every mode of the contract can be stated, so this refuses none.
 *
 * <p>Typed answers are tried in order, the first that matches grading, each by {@code qti-pattern-match}: the
 * service trims the response and reads each run of whitespace as one space, which a mapping cannot, and the
 * pattern states case-blindness letter by letter. Numeric answers are tested by {@code qti-gte} and
 * {@code qti-lte} against the interval's ends, worked out as exact decimals, because {@code qti-equal}'s
 * tolerance moves the ends by binary rounding (3.14 − 0.01 is not 3.13 in floating point).
 */
final class QtiScoring {

    private static final String MATCH_CORRECT = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml";
    private static final String MAP_RESPONSE = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml";
    private static final String LONGEST = "LONGEST";

    private final Question question;

    private QtiScoring(Question question) {
        this.question = question;
    }

    static QtiScoring of(Question question) {
        return new QtiScoring(question);
    }

    private boolean mapped() {
        return switch (question) {
            case Question.Multiple q -> q.scoring() != Question.MultipleScoring.allOrNothing;
            case Question.Matching q -> q.scoring() == Question.MatchingScoring.perPair;
            default -> false;
        };
    }

    private boolean matchCorrect() {
        return switch (question) {
            case Question.Single q -> true;
            case Question.TrueFalse q -> true;
            case Question.Multiple q -> q.scoring() == Question.MultipleScoring.allOrNothing;
            case Question.Matching q -> q.scoring() == Question.MatchingScoring.allOrNothing;
            case Question.Ordering q -> q.scoring() == Question.OrderingScoring.allOrNothing;
            default -> false;
        };
    }

    /** The mapping of the response declaration, bounded to 0..1 as the grading table clamps. */
    void mapping(IndentedXml xml) {
        if (!mapped()) {
            return;
        }
        xml.open("qti-mapping", "lower-bound", "0", "upper-bound", "1", "default-value", "0");
        switch (question) {
            case Question.Multiple q -> {
                String share = QtiItem.share(q.correct().size());
                for (QuizDocument.Choice choice : q.choices()) {
                    boolean right = q.correct().contains(choice.key());
                    String value = q.scoring() == Question.MultipleScoring.weighted
                            ? (choice.fraction() == null ? BigDecimal.ZERO : choice.fraction()).toPlainString()
                            : right ? share : "-" + share;
                    entry(xml, choice.key(), value);
                }
            }
            case Question.Matching q -> q.stems().forEach(stem -> entry(xml, QtiItem.pair(q, stem.key()), QtiItem.share(q.stems().size())));
            default -> throw new IllegalStateException("no mapping for " + question.type());
        }
        xml.close();
    }

    private static void entry(IndentedXml xml, String key, String value) {
        xml.empty("qti-map-entry", "map-key", key, "mapped-value", value, "case-sensitive", "true");
    }

    /** The outcomes that the longest ordered subset is worked out in: each item's place in the response, then the longest run ending at it. */
    void outcomes(IndentedXml xml) {
        if (question instanceof Question.Ordering q && q.scoring() == Question.OrderingScoring.longestOrderedSubset) {
            for (int k : QtiItem.places(q.items().size())) {
                integer(xml, "POS" + k);
                integer(xml, "LEN" + k);
            }
            integer(xml, LONGEST);
        }
    }

    private static void integer(IndentedXml xml, String identifier) {
        xml.open("qti-outcome-declaration", "identifier", identifier, "cardinality", "single", "base-type", "integer")
                .open("qti-default-value").text("qti-value", "0").close().close();
    }

    void processing(IndentedXml xml) {
        boolean onePoint = question.points().compareTo(BigDecimal.ONE) == 0;
        if (onePoint && (matchCorrect() || mapped())) {
            xml.empty("qti-response-processing", "template", matchCorrect() ? MATCH_CORRECT : MAP_RESPONSE);
            return;
        }
        QtiRules rules = new QtiRules(xml.open("qti-response-processing"));
        if (matchCorrect()) {
            rules.ifThen(() -> rules.matchesCorrect()).set(SCORE, () -> rules.variable(MAXSCORE)).orElseZero();
        } else if (mapped()) {
            rules.ifThen(() -> rules.isNull()).setZero().orElse().set(SCORE, () -> rules.product(
                    () -> xml.empty("qti-map-response", "identifier", RESPONSE), () -> rules.variable(MAXSCORE))).end();
        } else {
            switch (question) {
                case Question.ShortText q -> typed(rules, q);
                case Question.Numeric q -> numeric(rules, q);
                case Question.Ordering q when q.scoring() == Question.OrderingScoring.absolutePosition -> rules.inPlace(q.items().size(), pointsPer(q.items().size()));
                case Question.Ordering q -> rules.longestOrdered(q.items().size(), pointsPer(q.items().size()), LONGEST);
                default -> throw new IllegalStateException("no response processing for " + question.type());
            }
        }
        xml.close();
    }

    private void typed(QtiRules rules, Question.ShortText q) {
        rules.ifThen(() -> rules.blank()).setZero();
        for (Question.TextAnswer answer : q.answers()) {
            String pattern = QtiPatterns.pattern(Scoring.normalised(answer.text()), answer.match() == Question.TextAnswer.Match.wildcard, q.caseSensitive());
            rules.elseIf(() -> rules.patternMatch(pattern)).setValue(earned(answer.fraction()));
        }
        rules.orElseZero();
    }

    private void numeric(QtiRules rules, Question.Numeric q) {
        rules.ifThen(() -> rules.isNull()).setZero();
        for (NumericAnswer answer : q.answers()) {
            BigDecimal min = switch (answer) {
                case NumericAnswer.Nominal n -> n.value().subtract(n.tolerance());
                case NumericAnswer.Range r -> r.min();
            };
            BigDecimal max = switch (answer) {
                case NumericAnswer.Nominal n -> n.value().add(n.tolerance());
                case NumericAnswer.Range r -> r.max();
            };
            rules.elseIf(() -> rules.between(min, max)).setValue(earned(answer.fraction()));
        }
        rules.orElseZero();
    }

    /** The points a fraction earns, negative fractions clamped to nothing as the grading table does. */
    private String earned(BigDecimal fraction) {
        return (fraction.signum() < 0 ? BigDecimal.ZERO : fraction).multiply(question.points()).stripTrailingZeros().toPlainString();
    }

    /** The points of one of {@code parts} equal shares, to as many places as a mapping's shares. */
    private String pointsPer(int parts) {
        return question.points().divide(BigDecimal.valueOf(parts), QtiItem.SHARE_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
