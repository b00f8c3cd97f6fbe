package dev.quizbank.quiz.format;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Counts the members of every array and object of a JSON quiz in one streaming pass, before a tree
 * is built: a megabyte of {@code {},} would otherwise become a third of a million nodes and, once
 * read, millions of problems. No list of a quiz is longer than its questions or bands, and no
 * object has more than a few fields.
 */
final class JsonSizes {

    static final int MAX_FIELDS = 32;
    private static final int MAX_ELEMENTS = QuizRules.MAX_QUESTIONS + 1;
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonSizes() {
    }

    /** Ends the reading at the first array or object larger than a quiz can have. */
    static void check(String source, SourceViolations problems) throws IOException {
        try (JsonParser parser = FACTORY.createParser(source)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                JsonStreamContext context = parser.getParsingContext();
                if (token == JsonToken.FIELD_NAME && context.getCurrentIndex() >= MAX_FIELDS) {
                    throw problems.end(placeOf(context), "more than " + MAX_FIELDS + " fields: no object of a quiz has so many");
                }
                JsonStreamContext container = token.isStructStart() ? context.getParent() : context;
                if (container.inArray() && !token.isStructEnd()) {
                    elementOf(container, problems);
                }
            }
        }
    }

    private static void elementOf(JsonStreamContext array, SourceViolations problems) {
        String name = array.getParent().getCurrentName();
        int count = array.getCurrentIndex() + 1;
        if ("questions".equals(name) && count > QuizRules.MAX_QUESTIONS) {
            throw problems.end(placeOf(array), "a quiz has 1 to " + QuizRules.MAX_QUESTIONS + " questions, this one more");
        }
        if ("choices".equals(name) && count > QuizRules.MAX_CHOICES) {
            throw problems.end(placeOf(array), "a question has 2 to " + QuizRules.MAX_CHOICES + " choices, this one more");
        }
        if (count > MAX_ELEMENTS) {
            throw problems.end(placeOf(array), "more than " + MAX_ELEMENTS + " elements: no list of a quiz is so long");
        }
    }

    /** The path of a container, as the reader names places: {@code questions[3].choices}. */
    private static String placeOf(JsonStreamContext container) {
        JsonStreamContext parent = container.getParent();
        if (parent == null || parent.inRoot()) {
            return "$";
        }
        String parentPath = placeOf(parent);
        String path = parentPath.equals("$") ? "" : parentPath;
        return parent.inArray() ? (path.isEmpty() ? "$" : path) + "[" + parent.getCurrentIndex() + "]"
                : JsonFields.join(path, parent.getCurrentName());
    }

    /** The parser's own words for a document that is not JSON, with where it went wrong. */
    static String notJson(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        return "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse("") + where;
    }
}
