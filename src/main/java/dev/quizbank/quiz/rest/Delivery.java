package dev.quizbank.quiz.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.quizbank.common.Decimals;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.service.PublishedQuiz;

/**
 * A question as a learner is shown it: its type, points, text and what there is to choose from, never a key.
 * Ordering items and matching options are served in an order drawn per quiz version (per attempt, for an attempt
 * started with {@code POST /quizzes/{id}/attempts}), never the order of the key: items in the source are in the
 * correct order, and options are often listed in the order of their stems.
 */
public final class Delivery {

    private Delivery() {
    }

    static QuestionView view(PublishedQuiz quiz, Question question) {
        List<ChoiceView> choices = switch (question) {
            case Question.Single q -> q.choices().stream().map(c -> new ChoiceView(c.key(), c.text())).toList();
            case Question.Multiple q -> q.choices().stream().map(c -> new ChoiceView(c.key(), c.text())).toList();
            default -> null;
        };
        List<ItemView> stems = question instanceof Question.Matching q ? items(q.stems()) : null;
        List<ItemView> options = question instanceof Question.Matching q ? shuffled(quiz, q.number(), items(q.options())) : null;
        List<ItemView> items = question instanceof Question.Ordering q ? shuffled(quiz, q.number(), items(q.items())) : null;
        return new QuestionView(question.number(), question.type().name(), Decimals.plain(question.points()), question.text(),
                choices, stems, options, items);
    }

    /**
     * A question as one attempt shows it: options and items in an order drawn by {@code order}, the attempt's generator
     * for this question, and, when {@code shuffleChoices}, the choices of a single or multiple question too (their
     * keys stay their keys: only the order changes).
     */
    public static QuestionView view(Question question, Random order, boolean shuffleChoices) {
        List<ChoiceView> choices = switch (question) {
            case Question.Single q -> q.choices().stream().map(c -> new ChoiceView(c.key(), c.text())).toList();
            case Question.Multiple q -> q.choices().stream().map(c -> new ChoiceView(c.key(), c.text())).toList();
            default -> null;
        };
        if (choices != null && shuffleChoices) {
            // Any order, the source's included: unlike an ordering question's, it gives nothing away.
            choices = new ArrayList<>(choices);
            Collections.shuffle(choices, order);
        }
        List<ItemView> stems = question instanceof Question.Matching q ? items(q.stems()) : null;
        List<ItemView> options = question instanceof Question.Matching q ? shuffled(order, items(q.options())) : null;
        List<ItemView> items = question instanceof Question.Ordering q ? shuffled(order, items(q.items())) : null;
        return new QuestionView(question.number(), question.type().name(), Decimals.plain(question.points()), question.text(),
                choices, stems, options, items);
    }

    /**
     * {@code items} shuffled with a seed fixed by the quiz, version and question (String.hashCode and Random are
     * specified, so every instance serves the same order); rotated by one if the shuffle left them as they were.
     */
    static <T> List<T> shuffled(PublishedQuiz quiz, int number, List<T> items) {
        return shuffled(new Random((quiz.id() + "/" + quiz.version() + "/" + number).hashCode()), items);
    }

    private static <T> List<T> shuffled(Random random, List<T> items) {
        List<T> order = new ArrayList<>(items);
        Collections.shuffle(order, random);
        if (order.equals(items)) {
            Collections.rotate(order, 1);
        }
        return order;
    }

    private static List<ItemView> items(List<Question.Item> items) {
        return items.stream().map(item -> new ItemView(item.key(), item.text())).toList();
    }

    @Schema(description = "A question without its answer; the fields besides number, type, points and text are those of its"
            + " type", type = SchemaType.OBJECT, oneOf = {ChoiceQuestion.class, PlainQuestion.class, MatchingQuestion.class, OrderingQuestion.class},
            discriminatorProperty = "type", discriminatorMapping = {
                    @DiscriminatorMapping(value = "single", schema = ChoiceQuestion.class),
                    @DiscriminatorMapping(value = "multiple", schema = ChoiceQuestion.class),
                    @DiscriminatorMapping(value = "trueFalse", schema = PlainQuestion.class),
                    @DiscriminatorMapping(value = "shortText", schema = PlainQuestion.class),
                    @DiscriminatorMapping(value = "numeric", schema = PlainQuestion.class),
                    @DiscriminatorMapping(value = "matching", schema = MatchingQuestion.class),
                    @DiscriminatorMapping(value = "ordering", schema = OrderingQuestion.class)})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionView(@Schema(hidden = true) int number, @Schema(hidden = true) String type,
            @Schema(hidden = true) BigDecimal points, @Schema(hidden = true) String text,
            @Schema(hidden = true) List<ChoiceView> choices, @Schema(hidden = true) List<ItemView> stems,
            @Schema(hidden = true) List<ItemView> options, @Schema(hidden = true) List<ItemView> items) {
    }

    @Schema(name = "Choice", description = "One answer choice of a question")
    record ChoiceView(
            @Schema(required = true, description = "Choice key as printed in the source", examples = "C") String key,
            @Schema(required = true, description = "Choice text, CommonMark as written in the source", examples = "httpx") String text) {
    }

    @Schema(name = "Item", description = "A stem or option of a matching question, or an item of an ordering question")
    record ItemView(@Schema(required = true, examples = "fr") String key, @Schema(required = true, examples = "France") String text) {
    }

    @Schema(name = "ChoiceQuestion", description = "A single or multiple question: choose one choice (single) or any (multiple)")
    record ChoiceQuestion(
            @Schema(required = true, description = "1-based, as numbered in the source", examples = "1") int number,
            @Schema(required = true, enumeration = {"single", "multiple"}) String type,
            @Schema(required = true, description = "A decimal, a JSON number without trailing zeros", examples = "1") BigDecimal points,
            @Schema(required = true, description = "CommonMark as written in the source",
                    examples = "Which Python HTTP library supports both synchronous and asynchronous requests natively?") String text,
            @Schema(required = true, description = "In source order") List<ChoiceView> choices) {
    }

    @Schema(name = "PlainQuestion", description = "A trueFalse, shortText or numeric question: the text is all there is")
    record PlainQuestion(
            @Schema(required = true, examples = "1") int number,
            @Schema(required = true, enumeration = {"trueFalse", "shortText", "numeric"}) String type,
            @Schema(required = true, examples = "1") BigDecimal points,
            @Schema(required = true, description = "CommonMark as written in the source") String text) {
    }

    @Schema(name = "MatchingQuestion", description = "Pair each stem with an option; some options may pair with no stem")
    record MatchingQuestion(
            @Schema(required = true, examples = "1") int number,
            @Schema(required = true, enumeration = {"matching"}) String type,
            @Schema(required = true, examples = "1") BigDecimal points,
            @Schema(required = true, description = "CommonMark as written in the source") String text,
            @Schema(required = true, description = "In source order") List<ItemView> stems,
            @Schema(required = true, description = "In an order drawn once per quiz version") List<ItemView> options) {
    }

    @Schema(name = "OrderingQuestion", description = "Put the items in order")
    record OrderingQuestion(
            @Schema(required = true, examples = "1") int number,
            @Schema(required = true, enumeration = {"ordering"}) String type,
            @Schema(required = true, examples = "1") BigDecimal points,
            @Schema(required = true, description = "CommonMark as written in the source") String text,
            @Schema(required = true, description = "In an order drawn once per quiz version, never the correct one")
            List<ItemView> items) {
    }
}
