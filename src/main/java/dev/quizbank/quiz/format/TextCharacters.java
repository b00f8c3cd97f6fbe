package dev.quizbank.quiz.format;

import java.util.Locale;

/** The characters a quiz's texts may not hold, and why: what exports cannot carry, and what could spoof a reader. */
final class TextCharacters {

    private TextCharacters() {
    }

    /** The first code point XML 1.0 cannot hold (other than the line feed and tab texts may have), or -1. */
    static int unwritable(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            boolean allowed = c == '\t' || c == '\n' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            if (!allowed) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /**
     * The first character that could make a text read otherwise than it shows, or -1. No text may
     * hold a bidirectional embedding, override or isolate (U+202A-U+202E, U+2066-U+2069): they
     * reorder what follows them ("Trojan Source"), where the marks U+200E, U+200F and U+061C, which
     * right-to-left texts need, do not. A one-line text (a title, a choice, a level) is also shown in
     * lists beside others, so it holds no other invisible formatting character (Unicode's Cf: zero-width
     * spaces, soft hyphens, word joiners), except the joiners U+200C and U+200D that scripts and emoji
     * sequences need and the emoji tag characters.
     */
    static int spoofing(String value, boolean oneLine) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (isBidiControl(c) || (oneLine && Character.getType(c) == Character.FORMAT && !isNeeded(c))) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** {@code U+202E}, as a message names a character. */
    static String name(int codePoint) {
        return "U+" + String.format(Locale.ROOT, "%04X", codePoint);
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static boolean isNeeded(int c) {
        return c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0xE0020 && c <= 0xE007F);
    }
}
