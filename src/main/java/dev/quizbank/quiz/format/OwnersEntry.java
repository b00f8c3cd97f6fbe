package dev.quizbank.quiz.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The native front matter's {@code owners:} entry. It is written as a JSON array of strings, which
 * carries any subject exactly (a comma, a quote, a space at either end) and reads as YAML too; it
 * is also read as plain names between commas ({@code owners: alice, bob}), as an author types them.
 */
final class OwnersEntry {

    static final String KEY = "owners";

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final String FORM = "owners is a list of author subjects: alice, bob or [\"alice\", \"bob\"]";

    private OwnersEntry() {
    }

    /** The owners {@code value} names, as written; QuizRules judges whether each names someone. */
    static List<String> read(String value, int line) {
        if (value.isEmpty()) {
            return List.of();
        }
        if (!value.startsWith("[")) {
            return Arrays.stream(value.split(",", -1)).map(String::strip).toList();
        }
        JsonNode array;
        try {
            array = MAPPER.readTree(value);
        } catch (JsonProcessingException e) {
            throw new DocumentLines.Fault(line, FORM);
        }
        List<String> owners = new ArrayList<>();
        for (JsonNode owner : array) {
            if (!owner.isTextual()) {
                throw new DocumentLines.Fault(line, FORM);
            }
            owners.add(owner.textValue());
        }
        return owners;
    }

    static String write(List<String> owners) {
        try {
            return MAPPER.writeValueAsString(owners);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings did not serialise", e);
        }
    }
}
