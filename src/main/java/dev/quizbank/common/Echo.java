package dev.quizbank.common;

/**
 * Client input quoted back in a message: at most {@value #MAX} characters on one line, so that a
 * refusal never echoes a megabyte back, nor breaks a line where the client put a line break.
 */
public final class Echo {

    public static final int MAX = 60;

    private Echo() {
    }

    /** {@code 'text'}, abbreviated. */
    public static String quoted(String text) {
        return "'" + abbreviated(text) + "'";
    }

    /** The first {@value #MAX} characters (never half a surrogate pair), then '…' if there were more. */
    public static String abbreviated(String text) {
        String line = text.replace('\n', ' ').replace('\r', ' ');
        if (line.codePointCount(0, line.length()) <= MAX) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, MAX)) + "…";
    }
}
