package dev.quizbank.quiz.format;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * Reads the questions of a JSON quiz, each type with the fields docs/question-types.md names for it. A field of
 * the wrong kind is reported here; whether the question makes sense is for {@link QuestionRules}.
 */
final class JsonQuestionReader {

    private static final Set<String> COMMON_FIELDS = Set.of("number", "type", "text", "points", "explanation");
    private static final Map<Question.Type, Set<String>> TYPE_FIELDS = Map.of(
            Question.Type.single, Set.of("choices", "answer"),
            Question.Type.multiple, Set.of("choices", "correct", "scoring"),
            Question.Type.trueFalse, Set.of("answer", "feedbackIfTrue", "feedbackIfFalse"),
            Question.Type.shortText, Set.of("answers", "caseSensitive"),
            Question.Type.numeric, Set.of("answers"),
            Question.Type.matching, Set.of("stems", "options", "pairs", "scoring"),
            Question.Type.ordering, Set.of("items", "scoring"));
    private static final Set<String> CHOICE_FIELDS = Set.of("key", "text", "fraction", "feedback");
    private static final Set<String> TEXT_ANSWER_FIELDS = Set.of("text", "fraction", "match", "feedback");
    private static final Set<String> NOMINAL_FIELDS = Set.of("value", "tolerance", "fraction", "feedback");
    private static final Set<String> RANGE_FIELDS = Set.of("min", "max", "fraction", "feedback");
    private static final Set<String> ITEM_FIELDS = Set.of("key", "text");

    private final JsonFields fields;
    private final Set<Integer> unread = new HashSet<>();
    private int read;

    JsonQuestionReader(JsonFields fields) {
        this.fields = fields;
    }

    /** The indexes of questions of no known type: they keep their place, and no rule is checked on them. */
    Set<Integer> unread() {
        return unread;
    }

    Question question(JsonNode node, String path) {
        int index = read++;
        Question.Type type = fields.constant(node, path, "type", Question.Type.class, Question.Type.single);
        if (type != null) {
            fields.known(node, path, Stream.concat(COMMON_FIELDS.stream(), TYPE_FIELDS.get(type).stream()).collect(Collectors.toSet()));
        }
        int number = fields.integer(node, path, "number", -1);
        String text = fields.string(node, path, "text", true);
        BigDecimal stated = fields.decimal(node, path, "points", Question.DEFAULT_POINTS);
        BigDecimal points = stated == null ? Question.DEFAULT_POINTS : stated;
        if (type == null) {
            unread.add(index);
            return new Question.Single(number, text, List.of(), null, "", points);
        }
        // Arguments are evaluated in order, so that problems are reported in the order of the fields.
        return switch (type) {
            case single -> new Question.Single(number, text, choices(node, path), fields.string(node, path, "answer", true),
                    explanation(node, path), points);
            case multiple -> new Question.Multiple(number, text, choices(node, path), keys(node, path, "correct"),
                    fields.constant(node, path, "scoring", Question.MultipleScoring.class, Question.MultipleScoring.allOrNothing),
                    explanation(node, path), points);
            case trueFalse -> new Question.TrueFalse(number, text, trueOrFalse(node, path),
                    optional(node, path, "feedbackIfTrue"), optional(node, path, "feedbackIfFalse"), explanation(node, path), points);
            case shortText -> new Question.ShortText(number, text, fields.list(node, path, "answers", this::textAnswer),
                    fields.bool(node, path, "caseSensitive", false), explanation(node, path), points);
            case numeric -> new Question.Numeric(number, text, fields.list(node, path, "answers", this::numericAnswer),
                    explanation(node, path), points);
            case matching -> new Question.Matching(number, text, fields.list(node, path, "stems", this::item),
                    fields.list(node, path, "options", this::item), pairs(node, path),
                    fields.constant(node, path, "scoring", Question.MatchingScoring.class, Question.MatchingScoring.perPair),
                    explanation(node, path), points);
            case ordering -> new Question.Ordering(number, text, fields.list(node, path, "items", this::item),
                    fields.constant(node, path, "scoring", Question.OrderingScoring.class, Question.OrderingScoring.allOrNothing),
                    explanation(node, path), points);
        };
    }

    private String explanation(JsonNode node, String path) {
        return fields.string(node, path, "explanation", true);
    }

    private List<QuizDocument.Choice> choices(JsonNode node, String path) {
        return fields.list(node, path, "choices", (choice, choicePath) -> {
            fields.known(choice, choicePath, CHOICE_FIELDS);
            return new QuizDocument.Choice(fields.string(choice, choicePath, "key", true),
                    fields.string(choice, choicePath, "text", true), fraction(choice, choicePath, null),
                    optional(choice, choicePath, "feedback"));
        });
    }

    /** The keys of a string array, in order; the rules report a key named twice, so it is kept once here. */
    private Set<String> keys(JsonNode node, String path, String field) {
        Set<String> keys = new LinkedHashSet<>();
        JsonNode array = node.get(field);
        String arrayPath = JsonFields.join(path, field);
        if (array == null || !array.isArray()) {
            fields.fault(arrayPath, field + (array == null ? " is missing" : " must be an array of choice keys"));
            return keys;
        }
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isTextual()) {
                fields.fault(arrayPath + "[" + i + "]", "a choice key is a string");
            } else if (!keys.add(array.get(i).textValue())) {
                fields.fault(arrayPath + "[" + i + "]", "the key " + array.get(i).textValue() + " is named twice");
            }
        }
        return keys;
    }

    private boolean trueOrFalse(JsonNode node, String path) {
        if (!node.has("answer") || !node.get("answer").isBoolean()) {
            fields.fault(JsonFields.join(path, "answer"), "the answer of a trueFalse question is true or false");
            return false;
        }
        return node.get("answer").booleanValue();
    }

    private Question.TextAnswer textAnswer(JsonNode node, String path) {
        fields.known(node, path, TEXT_ANSWER_FIELDS);
        return new Question.TextAnswer(fields.string(node, path, "text", true), fraction(node, path, BigDecimal.ONE),
                fields.constant(node, path, "match", Question.TextAnswer.Match.class, Question.TextAnswer.Match.exact),
                optional(node, path, "feedback"));
    }

    /** An interval by its value and tolerance (default 0), or by min and max: whichever fields the answer has. */
    private NumericAnswer numericAnswer(JsonNode node, String path) {
        BigDecimal fraction = fraction(node, path, BigDecimal.ONE);
        String feedback = optional(node, path, "feedback");
        if (node.has("min") || node.has("max")) {
            fields.known(node, path, RANGE_FIELDS);
            return new NumericAnswer.Range(fields.decimal(node, path, "min", null), fields.decimal(node, path, "max", null),
                    fraction, feedback);
        }
        fields.known(node, path, NOMINAL_FIELDS);
        return new NumericAnswer.Nominal(fields.decimal(node, path, "value", null),
                fields.decimal(node, path, "tolerance", BigDecimal.ZERO), fraction, feedback);
    }

    private Question.Item item(JsonNode node, String path) {
        fields.known(node, path, ITEM_FIELDS);
        return new Question.Item(fields.string(node, path, "key", true), fields.string(node, path, "text", true));
    }

    private Map<String, String> pairs(JsonNode node, String path) {
        Map<String, String> pairs = new LinkedHashMap<>();
        JsonNode object = node.get("pairs");
        if (object == null || !object.isObject()) {
            fields.fault(JsonFields.join(path, "pairs"), object == null ? "pairs is missing"
                    : "pairs is an object of stem key to option key");
            return pairs;
        }
        object.fields().forEachRemaining(pair -> {
            if (pair.getValue().isTextual()) {
                pairs.put(pair.getKey(), pair.getValue().textValue());
            } else {
                fields.fault(JsonFields.join(JsonFields.join(path, "pairs"), pair.getKey()), "an option key is a string");
            }
        });
        return pairs;
    }

    private BigDecimal fraction(JsonNode node, String path, BigDecimal absent) {
        return absent == null ? fields.optionalDecimal(node, path, "fraction") : fields.decimal(node, path, "fraction", absent);
    }

    private String optional(JsonNode node, String path, String field) {
        String value = fields.string(node, path, field, false);
        return value == null ? "" : value;
    }
}
