package dev.quizbank.quiz.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.document.UnsupportedQuestionException;

/** Writes a quiz as the JSON {@link JsonReader} reads. */
final class JsonWriter {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonWriter() {
    }

    /** The canonical JSON of {@code source}: fixed field order, two-space indentation, a final line break. */
    static String write(QuizSource source) {
        QuizDocument document = source.document();
        ObjectNode root = MAPPER.createObjectNode();
        if (source.id() != null) {
            root.put("id", source.id());
        }
        root.put("title", document.title());
        root.put("chapter", document.chapter());
        root.put("description", document.description());
        if (source.settings() != null) {
            ObjectNode settings = root.putObject("settings");
            settings.put("review", source.settings().review().value());
            settings.put("anonymous", source.settings().anonymous());
            settings.put("maxAttempts", source.settings().maxAttempts());
            // Only where there are any, so that the exports of quizzes without further owners stay as they were.
            if (!source.settings().owners().isEmpty()) {
                ArrayNode owners = settings.putArray("owners");
                source.settings().owners().forEach(owners::add);
            }
        }
        ArrayNode questions = root.putArray("questions");
        for (Question asked : document.questions()) {
            Question.Single question = UnsupportedQuestionException.requireSingle(asked, "the JSON writer");
            ObjectNode node = questions.addObject();
            node.put("number", question.number());
            node.put("text", question.text());
            ArrayNode choices = node.putArray("choices");
            question.choices().forEach(choice -> choices.addObject().put("key", choice.key()).put("text", choice.text()));
            node.put("answer", question.correctChoice());
            node.put("explanation", question.explanation());
        }
        ArrayNode bands = root.putArray("scoringGuide");
        document.scoringGuide().forEach(band -> bands.addObject().put("minScore", band.minScore()).put("maxScore", band.maxScore())
                .put("level", band.level()).put("recommendation", band.recommendation()));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a quiz tree did not serialise", e);
        }
    }
}
