package dev.quizbank.attempt.service;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.quizbank.attempt.grading.Response;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * The responses of a graded sheet as an attempt row keeps them, read back exactly. {@code choices} is one byte
 * per question in number order, as before there were other types: for a single-choice question the 1-based
 * position of the chosen choice, 0 when unanswered; 0 for every other type. {@code responses} holds the other
 * types' responses, question after question in number order, each in as few bytes as its question allows:
 * <ul>
 * <li>multiple: a bit per choice, ⌈choices / 8⌉ bytes, the first choice in the lowest bit of the first byte;
 * <li>trueFalse: one byte, 0 unanswered, 1 false, 2 true;
 * <li>shortText, numeric: the length of the UTF-8 text (the plain decimal) as a varint, then the text; 0 unanswered;
 * <li>matching: a byte per stem, the 1-based position of its option, 0 when the stem is not answered;
 * <li>ordering: a single 0 when unanswered, else a byte per place, the 1-based position of the item put there.
 * </ul>
 * A quiz of single-choice questions has no {@code responses}: its rows are as small as they always were.
 */
public final class CompactResponses {

    record Row(byte[] choices, byte[] responses) {
    }

    private CompactResponses() {
    }

    static Row of(QuizDocument content, Map<Integer, Response> responses) {
        List<Question> questions = content.questions();
        byte[] choices = new byte[questions.size()];
        ByteArrayOutputStream others = new ByteArrayOutputStream();
        boolean anyOther = false;
        for (int i = 0; i < choices.length; i++) {
            Question question = questions.get(i);
            Response response = responses.get(question.number());
            anyOther |= !(question instanceof Question.Single);
            switch (question) {
                case Question.Single q -> choices[i] = (byte) (response == null ? 0
                        : position(q.choices().stream().map(QuizDocument.Choice::key).toList(), ((Response.Choice) response).key()));
                case Question.Multiple q -> {
                    byte[] bits = new byte[(q.choices().size() + 7) / 8];
                    List<String> keys = q.choices().stream().map(QuizDocument.Choice::key).toList();
                    if (response instanceof Response.Choices chosen) {
                        chosen.keys().forEach(key -> bits[(position(keys, key) - 1) / 8] |= (byte) (1 << ((position(keys, key) - 1) % 8)));
                    }
                    others.writeBytes(bits);
                }
                case Question.TrueFalse q -> others.write(response instanceof Response.Value v ? (v.value() ? 2 : 1) : 0);
                case Question.ShortText q -> text(others, response instanceof Response.Text t ? t.text() : "");
                case Question.Numeric q -> text(others, response instanceof Response.Number n ? n.number().toPlainString() : "");
                case Question.Matching q -> {
                    List<String> options = keys(q.options());
                    Map<String, String> pairs = response instanceof Response.Pairs p ? p.pairs() : Map.of();
                    q.stems().forEach(stem -> others.write(pairs.containsKey(stem.key()) ? position(options, pairs.get(stem.key())) : 0));
                }
                case Question.Ordering q -> {
                    List<String> items = keys(q.items());
                    if (response instanceof Response.Order order) {
                        order.keys().forEach(key -> others.write(position(items, key)));
                    } else {
                        others.write(0);
                    }
                }
            }
        }
        return new Row(choices, anyOther ? others.toByteArray() : null);
    }

    /** The responses of a stored row, by question number, exactly as they were graded. */
    static Map<Integer, Response> read(QuizDocument content, byte[] choices, byte[] responses) {
        Map<Integer, Response> read = new HashMap<>();
        int at = 0;
        List<Question> questions = content.questions();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            Response response = readOne(question, choices[i], responses, at);
            at += length(question, responses, at);
            if (response != null) {
                read.put(question.number(), response);
            }
        }
        return read;
    }

    /**
     * How many bytes of {@code responses}, from {@code at}, hold the response to {@code question}: 0 for a
     * single-choice question, whose response is its byte of {@code choices}. Lets a reader that has seen the same
     * bytes before skip decoding them.
     */
    public static int length(Question question, byte[] responses, int at) {
        return switch (question) {
            case Question.Single _ -> 0;
            case Question.Multiple q -> (q.choices().size() + 7) / 8;
            case Question.TrueFalse _ -> 1;
            case Question.ShortText _, Question.Numeric _ -> {
                int length = 0;
                int shift = 0;
                int read = 0;
                int b;
                do {
                    b = responses[at + read++] & 0xFF;
                    length |= (b & 0x7F) << shift;
                    shift += 7;
                } while ((b & 0x80) != 0);
                yield read + length;
            }
            case Question.Matching q -> q.stems().size();
            case Question.Ordering q -> responses[at] == 0 ? 1 : q.items().size();
        };
    }

    /**
     * The response to one question of a stored row, null when unanswered.
     *
     * @param choice the question's byte of {@code choices}
     * @param at     where its response starts in {@code responses} (the sum of the {@link #length}s before it)
     */
    public static Response readOne(Question question, byte choice, byte[] responses, int at) {
        return switch (question) {
            case Question.Single q -> choice == 0 ? null : new Response.Choice(q.choices().get(choice - 1).key());
            case Question.Multiple q -> {
                List<String> chosen = new ArrayList<>();
                for (int c = 0; c < q.choices().size(); c++) {
                    if ((responses[at + c / 8] & (1 << (c % 8))) != 0) {
                        chosen.add(q.choices().get(c).key());
                    }
                }
                yield chosen.isEmpty() ? null : new Response.Choices(chosen);
            }
            case Question.TrueFalse _ -> responses[at] == 0 ? null : new Response.Value(responses[at] == 2);
            case Question.ShortText _, Question.Numeric _ -> {
                int length = 0;
                int shift = 0;
                int b;
                do {
                    b = responses[at++] & 0xFF;
                    length |= (b & 0x7F) << shift;
                    shift += 7;
                } while ((b & 0x80) != 0);
                String text = new String(responses, at, length, StandardCharsets.UTF_8);
                yield length == 0 ? null : question instanceof Question.Numeric
                        ? new Response.Number(new BigDecimal(text)) : new Response.Text(text);
            }
            case Question.Matching q -> {
                Map<String, String> pairs = new LinkedHashMap<>();
                for (int s = 0; s < q.stems().size(); s++) {
                    int option = responses[at + s];
                    if (option > 0) {
                        pairs.put(q.stems().get(s).key(), q.options().get(option - 1).key());
                    }
                }
                yield pairs.isEmpty() ? null : new Response.Pairs(pairs);
            }
            case Question.Ordering q -> {
                if (responses[at] == 0) {
                    yield null;
                }
                List<String> order = new ArrayList<>();
                for (int k = 0; k < q.items().size(); k++) {
                    order.add(q.items().get(responses[at + k] - 1).key());
                }
                yield new Response.Order(order);
            }
        };
    }

    private static void text(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int length = bytes.length;
        while (length >= 0x80) {
            out.write((length & 0x7F) | 0x80);
            length >>>= 7;
        }
        out.write(length);
        out.writeBytes(bytes);
    }

    private static int position(List<String> keys, String key) {
        return keys.indexOf(key) + 1;
    }

    private static List<String> keys(List<Question.Item> items) {
        return items.stream().map(Question.Item::key).toList();
    }
}
