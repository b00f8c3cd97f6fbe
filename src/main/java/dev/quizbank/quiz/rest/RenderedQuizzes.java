package dev.quizbank.quiz.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.quizbank.common.Digests;
import dev.quizbank.http.ContentCodings;
import dev.quizbank.http.EntityTags;
import dev.quizbank.quiz.service.PublishedQuiz;

/**
 * Published versions never change, so each representation is serialised and gzip-compressed once,
 * with its ETag, and served from memory afterwards.
 */
@ApplicationScoped
class RenderedQuizzes {

    record Rendered(byte[] body, byte[] gzipped, EntityTag etag) {

        /** The ETag as a header carries it, and as If-Match and If-None-Match name it. */
        String etagHeader() {
            return "\"" + etag.getValue() + "\"";
        }
    }

    /**
     * What a read of a rendered view answers, the same whether Quarkus REST or {@link QuizReadRoute} sends
     * it: nothing (304) when the client holds the version, else the bytes, gzipped for a client that takes gzip.
     */
    record Reply(byte[] body, boolean gzipped, String etag, String cacheControl) {

        /** The current version moves on when a new one is published; a numbered one never changes. */
        private static final String CURRENT = "public, max-age=60";
        private static final String PINNED = "public, max-age=31536000, immutable";

        static Reply of(Rendered view, boolean pinned, String ifNoneMatch, String acceptEncoding) {
            String etag = view.etagHeader();
            String cacheControl = pinned ? PINNED : CURRENT;
            if (EntityTags.noneMatchFails(ifNoneMatch, view.etag())) {
                return new Reply(null, false, etag, cacheControl);
            }
            boolean gzip = ContentCodings.acceptsGzip(acceptEncoding);
            return new Reply(gzip ? view.gzipped() : view.body(), gzip, etag, cacheControl);
        }

        boolean notModified() {
            return body == null;
        }
    }

    private record Key(String quizId, int version, String view) {
    }

    private final ObjectMapper mapper;
    private final ConcurrentMap<Key, Rendered> rendered = new ConcurrentHashMap<>();

    RenderedQuizzes(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Rendered detail(PublishedQuiz quiz) {
        return render(quiz, "detail", QuizViews.QuizDetail::of);
    }

    Rendered questions(PublishedQuiz quiz) {
        return render(quiz, "questions", QuizViews.QuizQuestions::of);
    }

    private Rendered render(PublishedQuiz quiz, String view, Function<PublishedQuiz, Object> toView) {
        return rendered.computeIfAbsent(new Key(quiz.id(), quiz.version(), view), key -> {
            try {
                byte[] body = mapper.writeValueAsBytes(toView.apply(quiz));
                return new Rendered(body, gzip(body), new EntityTag(digest(body)));
            } catch (IOException e) {
                throw new UncheckedIOException("a quiz view did not serialise", e);
            }
        });
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.toByteArray();
    }

    private static String digest(byte[] body) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Digests.sha256(body)).substring(0, 22);
    }
}
