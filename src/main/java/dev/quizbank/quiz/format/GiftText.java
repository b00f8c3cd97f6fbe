package dev.quizbank.quiz.format;

import java.util.List;
import java.util.Set;

/**
 * The text of GIFT as Moodle reads it: lines trimmed with PHP's trim() set, escapes resolved, and
 * every character still knowing its line and whether an escape took its meaning away.
 */
final class GiftText {

    /** The characters a backslash escapes in GIFT. */
    static final String ESCAPED = "\\~=#{}:";
    /** The line that names a category, the quiz's title; the writer writes what the reader reads. */
    static final String CATEGORY = "$CATEGORY:";
    /** Between a question's choices and its general feedback, the explanation. */
    static final String GENERAL_FEEDBACK = "####";
    /** PHP's trim() set: what Moodle strips from every line and every text. */
    private static final String TRIMMED = " \t\n\r\0\u000B";
    private static final Set<String> TEXT_FORMATS = Set.of("moodle", "html", "plain", "markdown");

    private GiftText() {
    }

    /** A line of the file, with its 1-based number. */
    record Line(int number, String text) {
    }

    static boolean trimmed(char c) {
        return TRIMMED.indexOf(c) >= 0;
    }

    static String trim(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && trimmed(text.charAt(from))) {
            from++;
        }
        while (to > from && trimmed(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /**
     * A question's lines joined by line feeds with their escapes resolved: each character knows
     * its line and whether it came from an escape, which takes away its meaning in GIFT.
     */
    static final class Marked {
        private final char[] chars;
        private final boolean[] escaped;
        private final int[] lines;
        private int length;

        Marked(List<Line> source) {
            int capacity = source.stream().mapToInt(line -> line.text().length() + 1).sum();
            chars = new char[capacity];
            escaped = new boolean[capacity];
            lines = new int[capacity];
            for (int k = 0; k < source.size(); k++) {
                if (k > 0) {
                    put('\n', false, source.get(k - 1).number());
                }
                unescape(source.get(k));
            }
        }

        /** Moodle resolves '\\' first, so '\\' followed by '{' is a backslash and a brace that counts. */
        private void unescape(Line line) {
            String text = line.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
                if (c == '\\' && next != 0 && ESCAPED.indexOf(next) >= 0) {
                    put(next, true, line.number());
                    i++;
                } else if (c == '\\' && next == 'n') {
                    put('\n', true, line.number());
                    i++;
                } else {
                    put(c, false, line.number());
                }
            }
        }

        private void put(char c, boolean literal, int line) {
            chars[length] = c;
            escaped[length] = literal;
            lines[length] = line;
            length++;
        }

        Span all() {
            return new Span(this, 0, length);
        }

        /** The line of the character at {@code index}, or of the nearest one where there is none. */
        int lineAt(int index) {
            return length == 0 ? 1 : lines[Math.clamp(index, 0, length - 1)];
        }
    }

    /** A part of a {@link Marked} text, from {@code from} (included) to {@code to} (excluded); indexes are relative. */
    record Span(Marked marked, int from, int to) {

        int length() {
            return to - from;
        }

        boolean isEmpty() {
            return to <= from;
        }

        char charAt(int i) {
            return marked.chars[from + i];
        }

        /** Whether the character at {@code i} is {@code c} with its GIFT meaning, not escaped. */
        boolean isMark(int i, char c) {
            return charAt(i) == c && !marked.escaped[from + i];
        }

        Span from(int i) {
            return new Span(marked, from + i, to);
        }

        Span to(int i) {
            return new Span(marked, from, from + i);
        }

        Span sub(int start, int end) {
            return new Span(marked, from + start, from + end);
        }

        int line() {
            return marked.lineAt(from);
        }

        int lineAt(int i) {
            return marked.lineAt(from + i);
        }

        /** Without the white space Moodle trims before it resolves escapes: an escaped line break stays. */
        Span trim() {
            int start = from;
            int end = to;
            while (start < end && trimmed(marked.chars[start]) && !marked.escaped[start]) {
                start++;
            }
            while (end > start && trimmed(marked.chars[end - 1]) && !marked.escaped[end - 1]) {
                end--;
            }
            return new Span(marked, start, end);
        }

        boolean startsWith(String marks) {
            return length() >= marks.length() && marksAt(0, marks);
        }

        int indexOf(String marks) {
            for (int i = 0; i + marks.length() <= length(); i++) {
                if (marksAt(i, marks)) {
                    return i;
                }
            }
            return -1;
        }

        int lastIndexOf(String marks) {
            for (int i = length() - marks.length(); i >= 0; i--) {
                if (marksAt(i, marks)) {
                    return i;
                }
            }
            return -1;
        }

        private boolean marksAt(int i, String marks) {
            for (int k = 0; k < marks.length(); k++) {
                if (!isMark(i + k, marks.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        String chars() {
            return new String(marked.chars, from, Math.max(0, length()));
        }

        /** Moodle strips a leading [moodle], [html], [plain] or [markdown] from a text as its format. */
        Span withoutFormat() {
            if (startsWith("[")) {
                int end = indexOf("]");
                if (end > 0 && TEXT_FORMATS.contains(sub(1, end).chars())) {
                    return from(end + 1);
                }
            }
            return this;
        }

        /** The text as Moodle keeps it: escapes resolved, then trimmed. */
        String text() {
            return GiftText.trim(chars());
        }
    }
}
