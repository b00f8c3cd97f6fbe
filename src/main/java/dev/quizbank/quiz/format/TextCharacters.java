package dev.quizbank.quiz.format;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The characters a quiz's texts may not hold, and why: what exports cannot carry, and what could spoof a reader. */
final class TextCharacters {

    /** A numeric or named character reference, as CommonMark reads one. */
    private static final Pattern REFERENCE = Pattern.compile("&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));");
    /** The HTML named references that stand for invisible formatting characters (none names a bidi control). */
    private static final Map<String, Integer> INVISIBLE_ENTITIES = Map.ofEntries(Map.entry("shy", 0xAD),
            Map.entry("ZeroWidthSpace", 0x200B), Map.entry("NegativeVeryThinSpace", 0x200B), Map.entry("NegativeThinSpace", 0x200B),
            Map.entry("NegativeMediumSpace", 0x200B), Map.entry("NegativeThickSpace", 0x200B), Map.entry("NoBreak", 0x2060),
            Map.entry("af", 0x2061), Map.entry("ApplyFunction", 0x2061), Map.entry("it", 0x2062), Map.entry("InvisibleTimes", 0x2062),
            Map.entry("ic", 0x2063), Map.entry("InvisibleComma", 0x2063));

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
     * sequences need, and tag characters only where they spell an emoji flag (after U+1F3F4). Texts are
     * CommonMark, which turns a character reference ({@code &#x202E;}, {@code &shy;}) into its
     * character when rendered, so a reference is judged as the character it stands for.
     */
    static int spoofing(String value, boolean oneLine) {
        boolean flag = false;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            boolean tag = c >= 0xE0020 && c <= 0xE007F;
            if (spoofs(c, oneLine) && !(tag && flag)) {
                return c;
            }
            flag = c == 0x1F3F4 || (flag && tag);
            i += Character.charCount(c);
        }
        return value.indexOf('&') < 0 ? -1 : referenced(value, oneLine);
    }

    private static boolean spoofs(int c, boolean oneLine) {
        return isBidiControl(c) || (oneLine && Character.getType(c) == Character.FORMAT && !isNeeded(c));
    }

    /** The first character reference in {@code value} that stands for a character {@link #spoofs}, or -1. */
    private static int referenced(String value, boolean oneLine) {
        Matcher reference = REFERENCE.matcher(value);
        while (reference.find()) {
            Integer c = reference.group(1) != null ? Integer.valueOf(reference.group(1), 16)
                    : reference.group(2) != null ? Integer.valueOf(reference.group(2))
                    : INVISIBLE_ENTITIES.get(reference.group(3));
            if (c != null && Character.isValidCodePoint(c) && spoofs(c, oneLine)) {
                return c;
            }
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
        return c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F || c == 0x061C;
    }
}
