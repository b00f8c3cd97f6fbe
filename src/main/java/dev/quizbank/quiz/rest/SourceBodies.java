package dev.quizbank.quiz.rest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.MediaType;

import dev.quizbank.problem.ProblemType;
import dev.quizbank.problem.Problems;
import dev.quizbank.quiz.format.InvalidSourceException;
import dev.quizbank.quiz.format.QuizSource;
import dev.quizbank.quiz.format.SourceFormat;

/** A quiz source as an author's request carries it: its format and charset from Content-Type, then read and checked. */
final class SourceBodies {

    private SourceBodies() {
    }

    static SourceFormat formatOf(MediaType contentType) {
        return SourceFormat.of(contentType.getType() + "/" + contentType.getSubtype()).filter(SourceFormat::readable)
                .orElseThrow(() -> Problems.ofStatus(415, "Send the quiz as " + String.join(", ", SourceFormat.readableTypes()) + "."));
    }

    static QuizSource read(MediaType contentType, byte[] body, String id) {
        SourceFormat format = formatOf(contentType);
        Charset charset = charset(contentType);
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw Problems.unprocessable("The document is not " + charset.name() + " text.", List.of(new Problems.Violation("body", "body",
                    "not " + charset.name() + " text")));
        }
        // Editors on Windows begin UTF-8 files with a byte order mark; it marks the encoding, it is not text.
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        QuizSource source;
        try {
            source = format.read(text);
        } catch (InvalidSourceException e) {
            List<Problems.Violation> violations = e.violations().stream()
                    .map(v -> new Problems.Violation(v.place(), "body", v.message())).toList();
            if (e.truncated()) {
                throw Problems.builder(ProblemType.UNPROCESSABLE, "The document breaks more than " + violations.size()
                        + " rules; reading stopped at the first " + violations.size() + ".")
                        .with("violations", violations).with("truncated", true).build();
            }
            throw Problems.unprocessable("The document breaks " + violations.size() + " rule(s); see violations.", violations);
        }
        if (source.id() != null && id != null && !source.id().equals(id)) {
            throw Problems.unprocessable("The document names another quiz.", List.of(new Problems.Violation("id", "body",
                    "the document's id '" + source.id() + "' is not '" + id + "'")));
        }
        return new QuizSource(Optional.ofNullable(source.id()).orElse(id), source.settings(), source.document());
    }

    /** The charset the Content-Type names, UTF-8 when it names none. */
    private static Charset charset(MediaType contentType) {
        String name = contentType.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw Problems.ofStatus(415, "The charset '" + name + "' is not supported; send UTF-8.");
        }
    }
}
