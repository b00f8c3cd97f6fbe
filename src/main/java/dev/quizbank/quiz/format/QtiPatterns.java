package dev.quizbank.quiz.format;

import java.text.Normalizer;

/**
 * A typed answer as a {@code qti-pattern-match} pattern: an XML Schema regular expression, which matches the
 * whole response. The service compares the response trimmed, with each run of whitespace read as one space,
 * so the pattern takes any whitespace at either end and a run of it for each space of the answer.
 */
final class QtiPatterns {

    /** XML Schema's {@code \s}, written out so that a player reading the pattern as ECMAScript takes no more. */
    static final String WHITESPACE = "[ \\t\\n\\r]";
    private static final String NOT_WHITESPACE = "[^ \\t\\n\\r]";
    private static final String ESCAPED = "\\|.-^?*+{}()[]";

    private QtiPatterns() {
    }

    /**
     * The pattern of an answer already normalised as the service normalises it.
     *
     * @param wildcard whether {@code *} stands for any run of characters and {@code \*} for a star
     * @param caseSensitive otherwise each letter is a class of its cases, XML Schema having no flag for it
     */
    static String pattern(String answer, boolean wildcard, boolean caseSensitive) {
        StringBuilder pattern = new StringBuilder(WHITESPACE + "*");
        boolean afterSpace = true;
        for (int i = 0; i < answer.length(); ) {
            int c = answer.codePointAt(i);
            i += Character.charCount(c);
            if (wildcard && c == '\\' && i < answer.length() && answer.charAt(i) == '*') {
                pattern.append("\\*");
                i++;
            } else if (wildcard && c == '*') {
                while (i < answer.length() && answer.charAt(i) == '*') {
                    i++;
                }
                star(pattern, afterSpace, i == answer.length() || answer.charAt(i) == ' ');
            } else if (c == ' ') {
                pattern.append(WHITESPACE).append('+');
            } else {
                composable(pattern, c, caseSensitive);
            }
            afterSpace = c == ' ';
        }
        return pattern.append(WHITESPACE).append('*').toString();
    }

    /**
     * A run of stars. The response it stands for, once normalised, cannot start with a space where the star
     * follows a space or starts the answer (that would be two spaces, or a space the trim took), nor end with
     * one where it precedes a space or ends the answer; so there the run must start, or end, with a character
     * that is not white space, and it cannot swallow a run of white space that belongs to the space beside it.
     */
    private static void star(StringBuilder pattern, boolean spaceBefore, boolean spaceAfter) {
        String any = "[\\s\\S]*";
        if (spaceBefore && spaceAfter) {
            pattern.append(NOT_WHITESPACE).append('(').append(any).append(NOT_WHITESPACE).append(")?");
        } else if (spaceBefore) {
            pattern.append('(').append(NOT_WHITESPACE).append(any).append(")?");
        } else if (spaceAfter) {
            pattern.append('(').append(any).append(NOT_WHITESPACE).append(")?");
        } else {
            pattern.append(any);
        }
    }

    /**
     * The service compares the response in NFC, as the answer is: a character that has a canonical decomposition
     * is also accepted decomposed ({@code é} as {@code e} and U+0301). A response composed only in part, or with
     * its marks in another order, is the one NFC case a pattern does not follow.
     */
    private static void composable(StringBuilder pattern, int c, boolean caseSensitive) {
        String decomposed = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD);
        if (decomposed.equals(Character.toString(c))) {
            literal(pattern, c, caseSensitive);
            return;
        }
        pattern.append('(');
        literal(pattern, c, caseSensitive);
        pattern.append('|');
        decomposed.codePoints().forEach(part -> literal(pattern, part, caseSensitive));
        pattern.append(')');
    }

    private static void literal(StringBuilder pattern, int c, boolean caseSensitive) {
        if (!caseSensitive && Character.isBmpCodePoint(c)) {
            StringBuilder cases = new StringBuilder().appendCodePoint(c);
            for (int other : new int[] {Character.toLowerCase(c), Character.toUpperCase(c), Character.toTitleCase(c)}) {
                if (cases.indexOf(Character.toString(other)) < 0 && Character.isBmpCodePoint(other)) {
                    cases.appendCodePoint(other);
                }
            }
            if (cases.length() > 1) {
                pattern.append('[').append(cases).append(']');
                return;
            }
        }
        if (ESCAPED.indexOf(c) >= 0) {
            pattern.append('\\').appendCodePoint(c);
        } else if (c == '$') {
            // A character of its own in XML Schema, the end of input in ECMAScript: a class is both.
            pattern.append("[$]");
        } else {
            pattern.appendCodePoint(c);
        }
    }
}
