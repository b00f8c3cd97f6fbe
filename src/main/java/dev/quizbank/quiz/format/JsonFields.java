package dev.quizbank.quiz.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import dev.quizbank.common.Decimals;
import dev.quizbank.common.Echo;

/**
 * The fields of a JSON quiz as the readers take them: each of the wrong kind is a problem at its
 * JSON path, and the reading goes on with a stand-in so that every problem is found at once.
 */
final class JsonFields {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    final SourceViolations problems = new SourceViolations();

    interface Element<T> {
        T read(JsonNode node, String path);
    }

    <T> List<T> list(JsonNode parent, String parentPath, String field, Element<T> element) {
        String path = join(parentPath, field);
        JsonNode node = parent.get(field);
        List<T> items = new ArrayList<>();
        if (node == null || !node.isArray()) {
            fault(path, field + (node == null ? " is missing" : " must be an array"));
            return items;
        }
        for (int i = 0; i < node.size(); i++) {
            String itemPath = path + "[" + i + "]";
            if (node.get(i).isObject()) {
                items.add(element.read(node.get(i), itemPath));
            } else {
                fault(itemPath, "must be an object");
            }
        }
        return items;
    }

    String string(JsonNode parent, String parentPath, String field, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                fault(join(parentPath, field), field + " is missing");
            }
            return null;
        }
        if (!node.isTextual()) {
            fault(join(parentPath, field), field + " must be a string");
            return null;
        }
        return node.textValue();
    }

    int integer(JsonNode parent, String parentPath, String field, int absent) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            fault(join(parentPath, field), field + (node == null ? " is missing" : " must be a whole number"));
            return absent;
        }
        return node.intValue();
    }

    boolean bool(JsonNode parent, String parentPath, String field, boolean absent) {
        JsonNode node = parent.get(field);
        if (node == null) {
            return absent;
        }
        if (!node.isBoolean()) {
            fault(join(parentPath, field), field + " is true or false");
            return absent;
        }
        return node.booleanValue();
    }

    /**
     * A decimal given as a string ("3.14") or a JSON number, read exactly; {@code absent} when the field
     * is missing (a problem when {@code absent} is null), null when it is not a decimal.
     */
    BigDecimal decimal(JsonNode parent, String parentPath, String field, BigDecimal absent) {
        JsonNode node = parent.get(field);
        if ((node == null || node.isNull()) && absent == null) {
            fault(join(parentPath, field), field + " is missing");
        }
        return node == null || node.isNull() ? absent : decimal(node, join(parentPath, field), field);
    }

    /** A decimal that may be left out: null when it is, or when it is not a decimal. */
    BigDecimal optionalDecimal(JsonNode parent, String parentPath, String field) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() ? null : decimal(node, join(parentPath, field), field);
    }

    private BigDecimal decimal(JsonNode node, String path, String field) {
        BigDecimal value = node.isTextual() ? Decimals.parse(node.textValue()).orElse(null)
                : node.isNumber() ? Decimals.bounded(node.decimalValue()).orElse(null) : null;
        if (value == null) {
            fault(path, field + " must be a decimal such as \"3.14\", with at most "
                    + Decimals.MAX_DIGITS + " digits before and after the point");
        }
        return value;
    }

    /** The constant of {@code type} that the field names, {@code absent} when it is missing, null when it names none. */
    <E extends Enum<E>> E constant(JsonNode parent, String parentPath, String field, Class<E> type, E absent) {
        String value = string(parent, parentPath, field, absent == null);
        if (value == null) {
            return parent.has(field) ? null : absent;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        fault(join(parentPath, field), field + " is one of " + String.join(", ",
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ", not " + Echo.quoted(value));
        return null;
    }

    void known(JsonNode node, String path, Set<String> fields) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (!fields.contains(name)) {
                fault(join(path, name), "unknown field " + Echo.quoted(name));
            }
        }
    }

    void fault(String path, String message) {
        problems.add(path, message);
    }

    /** {@code questions[2].answer}; a name that is not an identifier in brackets, as {@code $['odd key']}. */
    static String join(String path, String field) {
        if (!IDENTIFIER.matcher(field).matches()) {
            return (path.isEmpty() ? "$" : path) + "['" + Echo.abbreviated(field).replace("\\", "\\\\").replace("'", "\\'") + "']";
        }
        return path.isEmpty() ? field : path + "." + field;
    }
}
