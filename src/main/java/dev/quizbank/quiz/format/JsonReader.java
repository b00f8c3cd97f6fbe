package dev.quizbank.quiz.format;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * Reads a quiz as JSON ({@code application/json}): the fields of {@code GET /quizzes/{id}} with the
 * questions, answers and explanations. Problems are placed by their JSON path.
 */
final class JsonReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Decimals in JSON numbers (points, fractions) keep every digit they were written with.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final Set<String> QUIZ_FIELDS = Set.of("id", "title", "chapter", "description", "settings", "questions", "scoringGuide");
    private static final List<String> SETTINGS_ORDER = List.of("review", "anonymous", "maxAttempts", "owners", "timeLimitSeconds",
            "graceSeconds", "shuffleQuestions", "shuffleChoices", "openAt", "closeAt", "pools", "gradingMethod");
    private static final Set<String> SETTINGS_FIELDS = Set.copyOf(SETTINGS_ORDER);
    private static final Set<String> REVIEW_FIELDS = Set.of("afterSubmit", "afterClose");
    private static final Set<String> POOL_FIELDS = Set.of("name", "draw", "questions");
    private static final Set<String> BAND_FIELDS = Set.of("minScore", "maxScore", "level", "recommendation");

    private final JsonFields fields = new JsonFields();
    private final JsonQuestionReader questions = new JsonQuestionReader(fields);

    private JsonReader() {
    }

    /** Reads {@code source} into a draft and the problems found in it, each at its JSON path. */
    static ParsedSource read(String source) {
        JsonReader reader = new JsonReader();
        QuizSource draft = new QuizSource(null, QuizSettings.SELF_STUDY, null);
        try {
            JsonSizes.check(source, reader.fields.problems);
            JsonNode root;
            try (JsonParser parser = MAPPER.createParser(source)) {
                root = MAPPER.readTree(parser);
                if (parser.nextToken() != null) {
                    reader.fault("$", "there is more after the JSON document");
                }
            }
            draft = reader.quiz(root);
        } catch (JsonProcessingException e) {
            reader.fault("$", JsonSizes.notJson(e));
        } catch (SourceViolations.Stop stop) {
            // Reading ended at a limit; what was found so far is the answer.
        } catch (java.io.IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return new ParsedSource(draft, Places.jsonPaths(), reader.fields.problems, reader.questions.unread());
    }

    private QuizSource quiz(JsonNode root) {
        if (root == null || !root.isObject()) {
            fault("$", "a quiz is a JSON object");
            return new QuizSource(null, QuizSettings.SELF_STUDY, null);
        }
        known(root, "", QUIZ_FIELDS);
        String id = root.has("id") ? string(root, "", "id", false) : null;
        QuizSettings settings = settings(root.get("settings"));
        List<Question> questions = fields.list(root, "", "questions", this.questions::question);
        List<QuizDocument.Band> bands = root.has("scoringGuide") ? fields.list(root, "", "scoringGuide", this::band) : List.of();
        QuizDocument document = new QuizDocument(fields.integer(root, "", "chapter", 0), string(root, "", "title", true),
                root.has("description") ? string(root, "", "description", false) : "", questions, bands);
        return new QuizSource(id, settings, document);
    }

    private QuizSettings settings(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            fault("settings", "settings is an object {" + String.join(", ", SETTINGS_ORDER) + "}");
            return QuizSettings.SELF_STUDY;
        }
        known(node, "settings", SETTINGS_FIELDS);
        SettingsRules.Draft defaults = SettingsRules.Draft.defaults();
        QuizSettings.Review[] review = review(node.get("review"));
        boolean anonymous = fields.bool(node, "settings", "anonymous", defaults.anonymous());
        SettingsRules.Draft draft = new SettingsRules.Draft(review[0], review[1], anonymous,
                wholeNumber(node, "maxAttempts", "maxAttempts is a whole number from 1, or null for unlimited"), owners(node.get("owners")),
                wholeNumber(node, "timeLimitSeconds", "timeLimitSeconds is a whole number of seconds, or null for an untimed quiz"),
                grace(node),
                fields.bool(node, "settings", "shuffleQuestions", defaults.shuffleQuestions()),
                fields.bool(node, "settings", "shuffleChoices", defaults.shuffleChoices()),
                instant(node, "openAt"), instant(node, "closeAt"), pools(node.get("pools")), gradingMethod(node.get("gradingMethod")));
        return SettingsRules.settings(draft, this::fault);
    }

    /** Both phases of {@code review}: one value for both, or {@code {afterSubmit, afterClose}}; full where it is left out or wrong. */
    private QuizSettings.Review[] review(JsonNode node) {
        if (node == null) {
            return new QuizSettings.Review[] {QuizSettings.Review.FULL, QuizSettings.Review.FULL};
        }
        if (node.isObject()) {
            known(node, "settings.review", REVIEW_FIELDS);
            return new QuizSettings.Review[] {review(node.get("afterSubmit"), "settings.review.afterSubmit", "afterSubmit"),
                    review(node.get("afterClose"), "settings.review.afterClose", "afterClose")};
        }
        QuizSettings.Review both = review(node, "settings.review", "review");
        return new QuizSettings.Review[] {both, both};
    }

    private QuizSettings.Review review(JsonNode node, String path, String name) {
        String value = node == null || !node.isTextual() ? "" : node.textValue();
        return switch (value) {
            case "full", "correctness", "score" -> QuizSettings.Review.of(value);
            default -> {
                fault(path, name.equals("review")
                        ? "review is one of full, correctness, score, or {\"afterSubmit\": …, \"afterClose\": …} of those"
                        : name + " is one of full, correctness, score");
                yield QuizSettings.Review.FULL;
            }
        };
    }

    /** A whole number that the rules then judge; null where it is left out, null or not a whole number. */
    private Long wholeNumber(JsonNode settings, String field, String form) {
        JsonNode node = settings.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            fault("settings." + field, form);
            return null;
        }
        return node.longValue();
    }

    /** Unlike the settings that null turns off, graceSeconds is always a number: 0 where it is left out. */
    private long grace(JsonNode settings) {
        JsonNode node = settings.get("graceSeconds");
        String form = "graceSeconds is a whole number of seconds";
        if (node != null && node.isNull()) {
            fault("settings.graceSeconds", form);
        }
        return Optional.ofNullable(wholeNumber(settings, "graceSeconds", form)).orElse(0L);
    }

    private Instant instant(JsonNode settings, String field) {
        JsonNode node = settings.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        Instant instant = node.isTextual() ? SettingsRules.instant(node.textValue()) : null;
        if (instant == null) {
            fault("settings." + field, field + " is " + SettingsRules.INSTANT_FORM + ", or null");
        }
        return instant;
    }

    private List<SettingsRules.PoolDraft> pools(JsonNode node) {
        List<SettingsRules.PoolDraft> pools = new ArrayList<>();
        if (node == null || node.isNull()) {
            return pools;
        }
        if (!node.isArray()) {
            fault("settings.pools", "pools is an array of {\"name\", \"draw\", \"questions\": [numbers]}");
            return pools;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "settings.pools[" + i + "]";
            JsonNode pool = node.get(i);
            if (!pool.isObject()) {
                fault(path, "a pool is an object {\"name\", \"draw\", \"questions\": [numbers]}");
                continue;
            }
            known(pool, path, POOL_FIELDS);
            String name = string(pool, path, "name", true);
            long draw = 1;
            JsonNode drawNode = pool.get("draw");
            if (drawNode == null || !drawNode.isIntegralNumber() || !drawNode.canConvertToLong()) {
                fault(path + ".draw", drawNode == null ? "draw is missing" : "draw is a whole number");
            } else {
                draw = drawNode.longValue();
            }
            pools.add(new SettingsRules.PoolDraft(name, draw, poolQuestions(pool.get("questions"), path + ".questions")));
        }
        return pools;
    }

    /** The question numbers of a pool; null when one of them is not a number, which is reported here. */
    private List<Integer> poolQuestions(JsonNode node, String path) {
        if (node == null || !node.isArray()) {
            fault(path, node == null ? "questions is missing" : "questions is an array of question numbers");
            return null;
        }
        List<Integer> questions = new ArrayList<>();
        for (int j = 0; j < node.size(); j++) {
            JsonNode number = node.get(j);
            if (number.isIntegralNumber() && number.canConvertToInt()) {
                questions.add(number.intValue());
            } else {
                fault(path + "[" + j + "]", "a question number is a whole number");
            }
        }
        return questions.size() == node.size() ? questions : null;
    }

    private QuizSettings.GradingMethod gradingMethod(JsonNode node) {
        String value = node == null || !node.isTextual() ? "" : node.textValue();
        return switch (value) {
            case "highest", "average", "first", "last" -> QuizSettings.GradingMethod.of(value);
            default -> {
                if (node != null) {
                    fault("settings.gradingMethod", "gradingMethod is one of highest, average, first, last");
                }
                yield QuizSettings.GradingMethod.HIGHEST;
            }
        };
    }

    /** The strings of the owners array; QuizRules judges whether each names someone. */
    private List<String> owners(JsonNode node) {
        List<String> owners = new ArrayList<>();
        if (node == null || node.isNull()) {
            return owners;
        }
        if (!node.isArray()) {
            fault("settings.owners", "owners is an array of author subjects");
            return owners;
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                fault("settings.owners[" + i + "]", "an owner is a string, an author's subject");
            }
            // What is not a string keeps its place, as its JSON text, so that QuizRules names each owner at its own index.
            owners.add(node.get(i).isTextual() ? node.get(i).textValue() : node.get(i).toString());
        }
        return owners;
    }

    private QuizDocument.Band band(JsonNode node, String path) {
        known(node, path, BAND_FIELDS);
        return new QuizDocument.Band(fields.integer(node, path, "minScore", 0), fields.integer(node, path, "maxScore", 0),
                fields.string(node, path, "level", true), fields.string(node, path, "recommendation", true));
    }

    private void known(JsonNode node, String path, Set<String> names) {
        fields.known(node, path, names);
    }

    private void fault(String path, String message) {
        fields.fault(path, message);
    }

    private String string(JsonNode parent, String parentPath, String field, boolean required) {
        return fields.string(parent, parentPath, field, required);
    }
}
