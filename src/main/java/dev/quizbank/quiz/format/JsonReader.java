package dev.quizbank.quiz.format;

import java.util.List;
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
    private static final Set<String> BAND_FIELDS = Set.of("minScore", "maxScore", "level", "recommendation");

    private final JsonFields fields = new JsonFields();
    private final JsonQuestionReader questions = new JsonQuestionReader(fields);
    private final JsonSettingsReader settings = new JsonSettingsReader(fields);

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
        QuizSettings settings = this.settings.settings(root.get("settings"));
        List<Question> questions = fields.list(root, "", "questions", this.questions::question);
        List<QuizDocument.Band> bands = root.has("scoringGuide") ? fields.list(root, "", "scoringGuide", this::band) : List.of();
        QuizDocument document = new QuizDocument(fields.integer(root, "", "chapter", 0), string(root, "", "title", true),
                root.has("description") ? string(root, "", "description", false) : "", questions, bands);
        return new QuizSource(id, settings, document);
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
