package dev.quizbank.quiz.format;

/** One problem of a source document, at its place: {@code line 42} in a text format, a JSON path in JSON. */
public record SourceViolation(String place, String message) {
}
