package dev.quizbank.quiz.format;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each part of a draft stands in its document, by the part's path ({@code questions[6].answer}).
 * Text formats name lines; JSON names the path itself.
 */
public final class Places {

    private final Map<String, Integer> lines = new HashMap<>();
    private final boolean jsonPaths;

    private Places(boolean jsonPaths) {
        this.jsonPaths = jsonPaths;
    }

    /** Places given as 1-based lines, recorded by the reader with {@link #line(String, int)}. */
    public static Places lines() {
        return new Places(false);
    }

    /** Places given as the paths themselves, for JSON documents. */
    public static Places jsonPaths() {
        return new Places(true);
    }

    public Places line(String path, int line) {
        lines.putIfAbsent(path, line);
        return this;
    }

    /** The place of a part: its own line, else the line of the nearest enclosing part that has one, else line 1. */
    public String of(String path) {
        if (jsonPaths) {
            return path.isEmpty() ? "$" : path;
        }
        String part = path;
        while (!part.isEmpty()) {
            Integer line = lines.get(part);
            if (line != null) {
                return "line " + line;
            }
            int cut = Math.max(part.lastIndexOf('.'), part.lastIndexOf('['));
            part = cut < 0 ? "" : part.substring(0, cut);
        }
        return "line " + lines.getOrDefault("", 1);
    }
}
