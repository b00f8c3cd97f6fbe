package dev.quizbank.attempt.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dev.quizbank.attempt.AttemptRequest;
import dev.quizbank.attempt.grading.Response;
import dev.quizbank.common.Decimals;
import dev.quizbank.common.Echo;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * The response an answer gives, checked against its question's shape: the one field its type takes, known
 * keys (choice keys in either case, stem, option and item keys exactly), a decimal, a whole permutation.
 * An empty response (no key ticked, blank text, no pair, an empty order) is no response at all.
 */
final class SheetResponses {

    /** Long enough for any typed answer; a bound keeps wildcard matching cheap. */
    static final int MAX_TEXT = 1_000;
    private static final Map<Question.Type, String> FIELD = Map.of(Question.Type.single, "choice",
            Question.Type.multiple, "choices", Question.Type.trueFalse, "value", Question.Type.shortText, "text",
            Question.Type.numeric, "number", Question.Type.matching, "pairs", Question.Type.ordering, "order");
    private static final Map<String, Function<AttemptRequest.Answer, Object>> FIELDS = Map.of(
            "choice", AttemptRequest.Answer::choice, "choices", AttemptRequest.Answer::choices,
            "value", AttemptRequest.Answer::value, "text", AttemptRequest.Answer::text,
            "number", AttemptRequest.Answer::number, "pairs", AttemptRequest.Answer::pairs,
            "order", AttemptRequest.Answer::order);

    private final String at;
    private final List<Grader.Finding> findings;

    private SheetResponses(String at, List<Grader.Finding> findings) {
        this.at = at;
        this.findings = findings;
    }

    /** The response of {@code answer}, at {@code answers[i]}; empty when it is an empty response or does not fit. */
    static Optional<Response> of(Question question, AttemptRequest.Answer answer, String at, List<Grader.Finding> findings) {
        return new SheetResponses(at, findings).read(question, answer);
    }

    private Optional<Response> read(Question question, AttemptRequest.Answer answer) {
        String expected = FIELD.get(question.type());
        List<String> given = FIELDS.entrySet().stream().filter(f -> f.getValue().apply(answer) != null).map(Map.Entry::getKey)
                .sorted().toList();
        if (given.size() != 1 || !given.getFirst().equals(expected)) {
            String field = given.stream().filter(f -> !f.equals(expected)).findFirst().orElse(expected);
            fault(field, "question " + question.number() + " is a " + question.type() + " question: answer it with "
                    + expected + " alone" + (given.isEmpty() ? "" : ", not " + String.join(", ", given)));
            return Optional.empty();
        }
        return switch (question) {
            case Question.Single q -> choice(q, answer.choice());
            case Question.Multiple q -> choices(q, answer.choices());
            case Question.TrueFalse q -> Optional.of(new Response.Value(answer.value()));
            case Question.ShortText q -> text(answer.text());
            case Question.Numeric q -> number(answer.number());
            case Question.Matching q -> pairs(q, answer.pairs());
            case Question.Ordering q -> order(q, answer.order());
        };
    }

    private Optional<Response> choice(Question.Single question, String given) {
        Optional<String> key = key(question.choices(), given);
        if (key.isEmpty()) {
            fault("choice", Echo.quoted(given) + " is not a choice of question " + question.number() + " ("
                    + keys(question.choices()) + ")");
        }
        return key.map(Response.Choice::new);
    }

    private Optional<Response> choices(Question.Multiple question, List<String> given) {
        List<String> chosen = new ArrayList<>();
        boolean fits = true;
        for (int j = 0; j < given.size(); j++) {
            Optional<String> key = key(question.choices(), given.get(j));
            if (key.isEmpty()) {
                fits = fault("choices[" + j + "]", Echo.quoted(String.valueOf(given.get(j))) + " is not a choice of question "
                        + question.number() + " (" + keys(question.choices()) + ")");
            } else if (chosen.contains(key.get())) {
                fits = fault("choices[" + j + "]", "the choice " + key.get() + " is named twice");
            } else {
                chosen.add(key.get());
            }
        }
        return fits && !chosen.isEmpty() ? Optional.of(new Response.Choices(chosen)) : Optional.empty();
    }

    private Optional<Response> text(String given) {
        if (given.length() > MAX_TEXT) {
            fault("text", "a text answer is at most " + MAX_TEXT + " characters");
            return Optional.empty();
        }
        return given.isBlank() ? Optional.empty() : Optional.of(new Response.Text(given));
    }

    private Optional<Response> number(String given) {
        if (given.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> number = Decimals.parse(given);
        if (number.isEmpty()) {
            fault("number", Echo.quoted(given) + " is not a decimal such as \"3.14\" (at most " + Decimals.MAX_DIGITS
                    + " digits before and after the point)");
        }
        return number.map(Response.Number::new);
    }

    private Optional<Response> pairs(Question.Matching question, Map<String, String> given) {
        Set<String> stems = keysOf(question.stems());
        Set<String> options = keysOf(question.options());
        Map<String, String> pairs = new LinkedHashMap<>();
        boolean fits = true;
        for (Map.Entry<String, String> pair : given.entrySet()) {
            String field = Question.ITEM_KEY.matcher(pair.getKey()).matches() ? "pairs." + pair.getKey()
                    : "pairs['" + Echo.abbreviated(pair.getKey()).replace("'", "\\'") + "']";
            if (!stems.contains(pair.getKey())) {
                fits = fault(field, Echo.quoted(pair.getKey()) + " is not a stem of question " + question.number() + " ("
                        + String.join(", ", stems) + ")");
            } else if (pair.getValue() == null || !options.contains(pair.getValue())) {
                fits = fault(field, Echo.quoted(String.valueOf(pair.getValue())) + " is not an option of question "
                        + question.number() + " (" + String.join(", ", options) + ")");
            } else {
                pairs.put(pair.getKey(), pair.getValue());
            }
        }
        return fits && !pairs.isEmpty() ? Optional.of(new Response.Pairs(pairs)) : Optional.empty();
    }

    private Optional<Response> order(Question.Ordering question, List<String> given) {
        if (given.isEmpty()) {
            return Optional.empty();
        }
        Set<String> items = keysOf(question.items());
        if (given.size() != items.size() || !new HashSet<>(given).equals(items)) {
            fault("order", "the order is not a permutation of the items of question " + question.number() + " ("
                    + String.join(", ", items) + "): name each once");
            return Optional.empty();
        }
        return Optional.of(new Response.Order(given));
    }

    /** The key of the choice {@code given} names, in either case. */
    private static Optional<String> key(List<QuizDocument.Choice> choices, String given) {
        String key = given == null ? "" : given.toUpperCase(Locale.ROOT);
        return choices.stream().map(QuizDocument.Choice::key).filter(key::equals).findFirst();
    }

    private static String keys(List<QuizDocument.Choice> choices) {
        return String.join(", ", choices.stream().map(QuizDocument.Choice::key).toList());
    }

    private static Set<String> keysOf(List<Question.Item> items) {
        Set<String> keys = new LinkedHashSet<>();
        items.forEach(item -> keys.add(item.key()));
        return keys;
    }

    private boolean fault(String field, String message) {
        findings.add(new Grader.Finding(at + "." + field, message));
        return false;
    }
}
