package dev.quizbank.logging;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Escapes control characters in every message before it is written, whoever logs it: a request
 * path, header or body quoted in a message ({@code /quizzes/x%0A2026-12-07 ... ERROR ...}) must not
 * start a line of its own in the log, colour a terminal or cut a line at a NUL. A line break
 * becomes {@code \n}, any other control character {@code \u001B}; so one record stays one line.
 */
@LoggingFilter(name = ControlCharacters.NAME)
public final class ControlCharacters implements Filter {

    static final String NAME = "control-characters";

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            String message = ext.getFormattedMessage();
            if (message != null && needsEscaping(message)) {
                ext.setMessage(escaped(message), ExtLogRecord.FormatStyle.NO_FORMAT);
                ext.setParameters(null);
            }
        }
        return true;
    }

    private static boolean needsEscaping(String message) {
        for (int i = 0; i < message.length(); i++) {
            if (isControl(message.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static String escaped(String message) {
        StringBuilder out = new StringBuilder(message.length() + 16);
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append('\t');
                default -> {
                    if (isControl(c)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** C0 and C1 controls and DEL, and the Unicode line and paragraph separators; a tab stays. */
    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
    }
}
