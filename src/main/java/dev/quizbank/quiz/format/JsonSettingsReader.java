package dev.quizbank.quiz.format;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.quizbank.quiz.QuizSettings;

/** Reads the {@code settings} object of a JSON quiz, placing each problem at its JSON path; SettingsRules judges the values. */
final class JsonSettingsReader {

    private static final List<String> SETTINGS_ORDER = List.of("review", "anonymous", "maxAttempts", "owners", "timeLimitSeconds",
            "graceSeconds", "shuffleQuestions", "shuffleChoices", "openAt", "closeAt", "pools", "gradingMethod");
    private static final Set<String> SETTINGS_FIELDS = Set.copyOf(SETTINGS_ORDER);
    private static final Set<String> REVIEW_FIELDS = Set.of("afterSubmit", "afterClose");
    private static final Set<String> POOL_FIELDS = Set.of("name", "draw", "questions");

    private final JsonFields fields;

    JsonSettingsReader(JsonFields fields) {
        this.fields = fields;
    }

    /** The settings object, or null where it is left out or null (the quiz keeps its own). */
    QuizSettings settings(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            fields.fault("settings", "settings is an object {" + String.join(", ", SETTINGS_ORDER) + "}");
            return QuizSettings.SELF_STUDY;
        }
        fields.known(node, "settings", SETTINGS_FIELDS);
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
        return SettingsRules.settings(draft, fields::fault);
    }

    /** Both phases of {@code review}: one value for both, or {@code {afterSubmit, afterClose}}; full where it is left out or wrong. */
    private QuizSettings.Review[] review(JsonNode node) {
        if (node == null) {
            return new QuizSettings.Review[] {QuizSettings.Review.FULL, QuizSettings.Review.FULL};
        }
        if (node.isObject()) {
            fields.known(node, "settings.review", REVIEW_FIELDS);
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
                fields.fault(path, name.equals("review")
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
            fields.fault("settings." + field, form);
            return null;
        }
        return node.longValue();
    }

    /** Unlike the settings that null turns off, graceSeconds is always a number: 0 where it is left out. */
    private long grace(JsonNode settings) {
        JsonNode node = settings.get("graceSeconds");
        String form = "graceSeconds is a whole number of seconds";
        if (node != null && node.isNull()) {
            fields.fault("settings.graceSeconds", form);
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
            fields.fault("settings." + field, field + " is " + SettingsRules.INSTANT_FORM + ", or null");
        }
        return instant;
    }

    private List<SettingsRules.PoolDraft> pools(JsonNode node) {
        List<SettingsRules.PoolDraft> pools = new ArrayList<>();
        if (node == null || node.isNull()) {
            return pools;
        }
        if (!node.isArray()) {
            fields.fault("settings.pools", "pools is an array of {\"name\", \"draw\", \"questions\": [numbers]}");
            return pools;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "settings.pools[" + i + "]";
            JsonNode pool = node.get(i);
            if (!pool.isObject()) {
                fields.fault(path, "a pool is an object {\"name\", \"draw\", \"questions\": [numbers]}");
                continue;
            }
            fields.known(pool, path, POOL_FIELDS);
            String name = fields.string(pool, path, "name", true);
            long draw = 1;
            JsonNode drawNode = pool.get("draw");
            if (drawNode == null || !drawNode.isIntegralNumber() || !drawNode.canConvertToLong()) {
                fields.fault(path + ".draw", drawNode == null ? "draw is missing" : "draw is a whole number");
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
            fields.fault(path, node == null ? "questions is missing" : "questions is an array of question numbers");
            return null;
        }
        List<Integer> questions = new ArrayList<>();
        for (int j = 0; j < node.size(); j++) {
            JsonNode number = node.get(j);
            if (number.isIntegralNumber() && number.canConvertToInt()) {
                questions.add(number.intValue());
            } else {
                fields.fault(path + "[" + j + "]", "a question number is a whole number");
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
                    fields.fault("settings.gradingMethod", "gradingMethod is one of highest, average, first, last");
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
            fields.fault("settings.owners", "owners is an array of author subjects");
            return owners;
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                fields.fault("settings.owners[" + i + "]", "an owner is a string, an author's subject");
            }
            // What is not a string keeps its place, as its JSON text, so that QuizRules names each owner at its own index.
            owners.add(node.get(i).isTextual() ? node.get(i).textValue() : node.get(i).toString());
        }
        return owners;
    }
}
