package dev.quizbank.quiz.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.IntStream;

import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * One {@code qti-assessment-item} per question: its response declaration, SCORE and MAXSCORE (the points),
 * the interaction of its type and the response processing that {@link QtiScoring} writes, so that SCORE ÷
 * MAXSCORE is the fraction the service grades. Texts go as in {@link QtiPackage}.
 *
 * <p>Choice keys are the identifiers, as for single choice; true/false are {@code true} and {@code false};
 * matching stems, matching options and ordering items are {@code S1…}, {@code O1…} and {@code I1…} by their
 * place in the source, since their keys need not be QTI identifiers.
 */
final class QtiItem {

    static final String RESPONSE = "RESPONSE";
    static final String SCORE = "SCORE";
    static final String MAXSCORE = "MAXSCORE";
    private static final String FEEDBACK = "FEEDBACK";
    private static final String ASI = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
    private static final String ASI_SCHEMA = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0p1_v1p0.xsd";
    /** Enough places that summing a mapping's shares in binary floating point stays far inside the service's fourth. */
    static final int SHARE_SCALE = 12;

    private QtiItem() {
    }

    static String stem(int place) {
        return "S" + place;
    }

    static String option(int place) {
        return "O" + place;
    }

    static String item(int place) {
        return "I" + place;
    }

    /** @param shuffleChoices whether a player shows the choices of a single- or multiple-choice question in an order of its own */
    static String write(Question question, String identifier, boolean shuffleChoices) {
        IndentedXml xml = new IndentedXml()
                .openRoot("qti-assessment-item", ASI, ASI_SCHEMA, "identifier", identifier,
                        "title", "Question " + question.number(), "adaptive", "false", "time-dependent", "false");
        QtiScoring scoring = QtiScoring.of(question);
        declaration(xml, question, scoring);
        xml.open("qti-outcome-declaration", "identifier", SCORE, "cardinality", "single", "base-type", "float")
                .open("qti-default-value").text("qti-value", "0").close()
                .close()
                .open("qti-outcome-declaration", "identifier", MAXSCORE, "cardinality", "single", "base-type", "float")
                .open("qti-default-value").text("qti-value", question.points().toPlainString()).close()
                .close()
                .empty("qti-outcome-declaration", "identifier", FEEDBACK, "cardinality", "single", "base-type", "identifier");
        scoring.outcomes(xml);
        xml.open("qti-item-body");
        body(xml, question, shuffleChoices);
        xml.close();
        scoring.processing(xml);
        return xml.open("qti-modal-feedback", "outcome-identifier", FEEDBACK, "identifier", "EXPLANATION", "show-hide", "hide")
                .text("qti-content-body", question.explanation())
                .close()
                .close().finish();
    }

    /** A response's cardinality and base type, as its declaration states them. */
    private record Shape(String cardinality, String baseType) {
    }

    private static void declaration(IndentedXml xml, Question question, QtiScoring scoring) {
        Shape shape = switch (question) {
            case Question.Single q -> new Shape("single", "identifier");
            case Question.Multiple q -> new Shape("multiple", "identifier");
            case Question.TrueFalse q -> new Shape("single", "identifier");
            case Question.ShortText q -> new Shape("single", "string");
            case Question.Numeric q -> new Shape("single", "float");
            case Question.Matching q -> new Shape("multiple", "directedPair");
            case Question.Ordering q -> new Shape("ordered", "identifier");
        };
        xml.open("qti-response-declaration", "identifier", RESPONSE, "cardinality", shape.cardinality(), "base-type", shape.baseType());
        List<String> correct = correct(question);
        if (!correct.isEmpty()) {
            xml.open("qti-correct-response");
            correct.forEach(value -> xml.text("qti-value", value));
            xml.close();
        }
        scoring.mapping(xml);
        xml.close();
    }

    /** The response that earns full marks; none for typed answers, whose first full-marks answer a pattern may be. */
    private static List<String> correct(Question question) {
        return switch (question) {
            case Question.Single q -> List.of(q.correctChoice());
            case Question.Multiple q -> List.copyOf(q.correct());
            case Question.TrueFalse q -> List.of(String.valueOf(q.answer()));
            case Question.ShortText q -> List.of();
            case Question.Numeric q -> List.of();
            case Question.Matching q -> q.stems().stream().map(s -> pair(q, s.key())).toList();
            case Question.Ordering q -> places(q.items().size()).stream().map(QtiItem::item).toList();
        };
    }

    static String pair(Question.Matching question, String stemKey) {
        int stem = placeOf(question.stems(), stemKey);
        int option = placeOf(question.options(), question.pairs().get(stemKey));
        return stem(stem) + " " + option(option);
    }

    static int placeOf(List<Question.Item> items, String key) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).key().equals(key)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no item has the key " + key);
    }

    static List<Integer> places(int count) {
        return IntStream.rangeClosed(1, count).boxed().toList();
    }

    /** One of {@code parts} equal shares of 1. */
    static String share(int parts) {
        return BigDecimal.ONE.divide(BigDecimal.valueOf(parts), SHARE_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static void body(IndentedXml xml, Question question, boolean shuffleChoices) {
        switch (question) {
            case Question.Single q -> choices(xml, q.text(), q.choices(), "1", shuffleChoices);
            case Question.Multiple q -> choices(xml, q.text(), q.choices(), "0", shuffleChoices);
            case Question.TrueFalse q -> choices(xml, q.text(),
                    List.of(new QuizDocument.Choice("true", "True"), new QuizDocument.Choice("false", "False")), "1", false);
            case Question.ShortText q -> typed(xml, q.text());
            case Question.Numeric q -> typed(xml, q.text());
            case Question.Matching q -> matching(xml, q);
            case Question.Ordering q -> {
                xml.open("qti-order-interaction", "response-identifier", RESPONSE, "shuffle", "true").text("qti-prompt", q.text());
                for (int i = 0; i < q.items().size(); i++) {
                    xml.text("qti-simple-choice", q.items().get(i).text(), "identifier", item(i + 1));
                }
                xml.close();
            }
        }
    }

    private static void choices(IndentedXml xml, String prompt, List<QuizDocument.Choice> choices, String maxChoices, boolean shuffle) {
        xml.open("qti-choice-interaction", "response-identifier", RESPONSE, "shuffle", String.valueOf(shuffle), "max-choices", maxChoices)
                .text("qti-prompt", prompt);
        for (QuizDocument.Choice choice : choices) {
            xml.text("qti-simple-choice", choice.text(), "identifier", choice.key());
        }
        xml.close();
    }

    /** A text entry is inline and has no prompt of its own: the text is a block before it. */
    private static void typed(IndentedXml xml, String prompt) {
        xml.text("div", prompt)
                .open("p").empty("qti-text-entry-interaction", "response-identifier", RESPONSE).close();
    }

    /** One option may serve several stems, so options take any number of associations and stems one each. */
    private static void matching(IndentedXml xml, Question.Matching question) {
        xml.open("qti-match-interaction", "response-identifier", RESPONSE, "shuffle", "true",
                "max-associations", String.valueOf(question.stems().size())).text("qti-prompt", question.text());
        xml.open("qti-simple-match-set");
        for (int i = 0; i < question.stems().size(); i++) {
            xml.text("qti-simple-associable-choice", question.stems().get(i).text(), "identifier", stem(i + 1), "match-max", "1");
        }
        xml.close().open("qti-simple-match-set");
        for (int i = 0; i < question.options().size(); i++) {
            xml.text("qti-simple-associable-choice", question.options().get(i).text(), "identifier", option(i + 1), "match-max", "0");
        }
        xml.close().close();
    }
}
