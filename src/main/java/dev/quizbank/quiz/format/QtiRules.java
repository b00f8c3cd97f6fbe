package dev.quizbank.quiz.format;

import static dev.quizbank.quiz.format.QtiItem.RESPONSE;
import static dev.quizbank.quiz.format.QtiItem.SCORE;

import java.math.BigDecimal;

/**
 * QTI 3 response rules and expressions, written in place: a condition opens with {@link #ifThen}, goes on with
 * {@link #elseIf}, and ends with {@link #end}, {@link #orElseZero} or {@link #orElse} … {@link #end}.
 */
final class QtiRules {

    private final IndentedXml xml;

    QtiRules(IndentedXml xml) {
        this.xml = xml;
    }

    QtiRules ifThen(Runnable condition) {
        xml.open("qti-response-condition").open("qti-response-if");
        condition.run();
        return this;
    }

    QtiRules elseIf(Runnable condition) {
        xml.close().open("qti-response-else-if");
        condition.run();
        return this;
    }

    QtiRules orElse() {
        xml.close().open("qti-response-else");
        return this;
    }

    void orElseZero() {
        orElse().setZero().end();
    }

    void end() {
        xml.close().close();
    }

    QtiRules set(String outcome, Runnable expression) {
        xml.open("qti-set-outcome-value", "identifier", outcome);
        expression.run();
        xml.close();
        return this;
    }

    QtiRules setZero() {
        return setValue("0");
    }

    QtiRules setValue(String points) {
        return set(SCORE, () -> base("float", points));
    }

    void variable(String identifier) {
        xml.empty("qti-variable", "identifier", identifier);
    }

    void base(String type, String value) {
        xml.text("qti-base-value", value, "base-type", type);
    }

    void matchesCorrect() {
        operator("qti-match", () -> variable(RESPONSE), () -> xml.empty("qti-correct", "identifier", RESPONSE));
    }

    void isNull() {
        operator("qti-is-null", () -> variable(RESPONSE));
    }

    /** No response, or whitespace alone, which the service reads as no response. */
    void blank() {
        operator("qti-or", this::isNull, () -> patternMatch(QtiPatterns.WHITESPACE + "*"));
    }

    void patternMatch(String pattern) {
        xml.open("qti-pattern-match", "pattern", pattern);
        variable(RESPONSE);
        xml.close();
    }

    void between(BigDecimal min, BigDecimal max) {
        operator("qti-and",
                () -> operator("qti-gte", () -> variable(RESPONSE), () -> base("float", min.toPlainString())),
                () -> operator("qti-lte", () -> variable(RESPONSE), () -> base("float", max.toPlainString())));
    }

    void product(Runnable... factors) {
        operator("qti-product", factors);
    }

    private void itemAt(int place, int item) {
        operator("qti-match", () -> {
            xml.open("qti-index", "n", String.valueOf(place));
            variable(RESPONSE);
            xml.close();
        }, () -> base("identifier", QtiItem.item(item)));
    }

    /** absolutePosition: {@code share} (points ÷ n) for each item in its place. */
    void inPlace(int items, String share) {
        ifThen(this::isNull).setZero().orElse().setZero();
        for (int i : QtiItem.places(items)) {
            ifThen(() -> itemAt(i, i)).set(SCORE, () -> operator("qti-sum", () -> variable(SCORE), () -> base("float", share))).end();
        }
        end();
    }

    /**
     * longestOrderedSubset: POSk is where item k stands in the response; LENk the longest subsequence in correct
     * order that ends at item k (1 + the longest LENj of an item j before k that stands before it); the score
     * is the longest of them × {@code share} (points ÷ n), or nothing when it is below 2.
     */
    void longestOrdered(int items, String share, String longest) {
        ifThen(this::isNull).setZero().orElse();
        for (int k : QtiItem.places(items)) {
            for (int i : QtiItem.places(items)) {
                Runnable here = () -> itemAt(i, k);
                (i == 1 ? ifThen(here) : elseIf(here)).set("POS" + k, () -> base("integer", String.valueOf(i)));
            }
            end();
        }
        for (int k : QtiItem.places(items)) {
            set("LEN" + k, () -> base("integer", "1"));
            for (int j = 1; j < k; j++) {
                int before = j;
                ifThen(() -> operator("qti-and",
                        () -> operator("qti-lt", () -> variable("POS" + before), () -> variable("POS" + k)),
                        () -> operator("qti-gte", () -> variable("LEN" + before), () -> variable("LEN" + k))))
                        .set("LEN" + k, () -> operator("qti-sum", () -> variable("LEN" + before), () -> base("integer", "1")))
                        .end();
            }
        }
        set(longest, () -> {
            xml.open("qti-max");
            QtiItem.places(items).forEach(k -> variable("LEN" + k));
            xml.close();
        });
        ifThen(() -> operator("qti-gte", () -> variable(longest), () -> base("integer", "2")))
                .set(SCORE, () -> product(() -> variable(longest), () -> base("float", share)))
                .orElseZero();
        end();
    }

    private void operator(String name, Runnable... operands) {
        xml.open(name);
        for (Runnable operand : operands) {
            operand.run();
        }
        xml.close();
    }
}
