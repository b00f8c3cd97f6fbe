package dev.quizbank.quiz.format;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.quizbank.common.Decimals;
import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/** Writes a quiz as the JSON {@link JsonReader} reads. */
final class JsonWriter {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
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
            settings(root.putObject("settings"), source.settings());
        }
        ArrayNode questions = root.putArray("questions");
        document.questions().forEach(question -> question(questions.addObject(), question));
        ArrayNode bands = root.putArray("scoringGuide");
        document.scoringGuide().forEach(band -> bands.addObject().put("minScore", band.minScore()).put("maxScore", band.maxScore())
                .put("level", band.level()).put("recommendation", band.recommendation()));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a quiz tree did not serialise", e);
        }
    }

    /**
     * Review, anonymous and maxAttempts always; the others only where they differ from their defaults, so that
     * the exports of quizzes that leave them out stay as they were.
     */
    private static void settings(ObjectNode node, QuizSettings settings) {
        QuizSettings.ReviewPhases review = settings.review();
        if (review.afterSubmit() == review.afterClose()) {
            node.put("review", review.afterSubmit().value());
        } else {
            node.putObject("review").put("afterSubmit", review.afterSubmit().value()).put("afterClose", review.afterClose().value());
        }
        node.put("anonymous", settings.anonymous());
        node.put("maxAttempts", settings.maxAttempts());
        if (!settings.owners().isEmpty()) {
            settings.owners().forEach(node.putArray("owners")::add);
        }
        if (settings.timeLimitSeconds() != null) {
            node.put("timeLimitSeconds", settings.timeLimitSeconds());
        }
        if (settings.graceSeconds() != 0) {
            node.put("graceSeconds", settings.graceSeconds());
        }
        if (settings.shuffleQuestions()) {
            node.put("shuffleQuestions", true);
        }
        if (settings.shuffleChoices()) {
            node.put("shuffleChoices", true);
        }
        if (settings.openAt() != null) {
            node.put("openAt", settings.openAt().toString());
        }
        if (settings.closeAt() != null) {
            node.put("closeAt", settings.closeAt().toString());
        }
        if (!settings.pools().isEmpty()) {
            ArrayNode pools = node.putArray("pools");
            for (QuizSettings.Pool pool : settings.pools()) {
                ObjectNode written = pools.addObject().put("name", pool.name()).put("draw", pool.draw());
                pool.questions().forEach(written.putArray("questions")::add);
            }
        }
        if (settings.gradingMethod() != QuizSettings.GradingMethod.HIGHEST) {
            node.put("gradingMethod", settings.gradingMethod().value());
        }
    }

    /**
     * A question with its type's fields; {@code type} and {@code points} are left out at their defaults, so
     * that a single-choice quiz is written as it was before there were other types.
     */
    private static void question(ObjectNode node, Question question) {
        node.put("number", question.number());
        if (question.type() != Question.Type.single) {
            node.put("type", question.type().name());
        }
        if (question.points().compareTo(Question.DEFAULT_POINTS) != 0) {
            node.put("points", Decimals.plain(question.points()));
        }
        node.put("text", question.text());
        switch (question) {
            case Question.Single q -> {
                choices(node, q.choices());
                node.put("answer", q.correctChoice());
            }
            case Question.Multiple q -> {
                choices(node, q.choices());
                q.correct().forEach(node.putArray("correct")::add);
                node.put("scoring", q.scoring().name());
            }
            case Question.TrueFalse q -> {
                node.put("answer", q.answer());
                optional(node, "feedbackIfTrue", q.feedbackIfTrue());
                optional(node, "feedbackIfFalse", q.feedbackIfFalse());
            }
            case Question.ShortText q -> {
                ArrayNode answers = node.putArray("answers");
                q.answers().forEach(a -> optional(answers.addObject().put("text", a.text())
                        .put("fraction", Decimals.plain(a.fraction())).put("match", a.match().name()), "feedback", a.feedback()));
                node.put("caseSensitive", q.caseSensitive());
            }
            case Question.Numeric q -> {
                ArrayNode answers = node.putArray("answers");
                q.answers().forEach(a -> numeric(answers.addObject(), a));
            }
            case Question.Matching q -> {
                items(node.putArray("stems"), q.stems());
                items(node.putArray("options"), q.options());
                ObjectNode pairs = node.putObject("pairs");
                q.pairs().forEach(pairs::put);
                node.put("scoring", q.scoring().name());
            }
            case Question.Ordering q -> {
                items(node.putArray("items"), q.items());
                node.put("scoring", q.scoring().name());
            }
        }
        node.put("explanation", question.explanation());
    }

    private static void choices(ObjectNode node, List<QuizDocument.Choice> choices) {
        ArrayNode array = node.putArray("choices");
        for (QuizDocument.Choice choice : choices) {
            ObjectNode written = array.addObject().put("key", choice.key()).put("text", choice.text());
            if (choice.fraction() != null) {
                written.put("fraction", Decimals.plain(choice.fraction()));
            }
            optional(written, "feedback", choice.feedback());
        }
    }

    /** Interval ends as decimal strings, as the contract writes them, with the digits the author gave. */
    private static void numeric(ObjectNode node, NumericAnswer answer) {
        switch (answer) {
            case NumericAnswer.Nominal n -> node.put("value", n.value().toPlainString()).put("tolerance", n.tolerance().toPlainString());
            case NumericAnswer.Range r -> node.put("min", r.min().toPlainString()).put("max", r.max().toPlainString());
        }
        node.put("fraction", Decimals.plain(answer.fraction()));
        optional(node, "feedback", answer.feedback());
    }

    private static void items(ArrayNode array, List<Question.Item> items) {
        items.forEach(item -> array.addObject().put("key", item.key()).put("text", item.text()));
    }

    private static ObjectNode optional(ObjectNode node, String field, String text) {
        return text.isEmpty() ? node : node.put(field, text);
    }
}
