package dev.quizbank.quiz.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.zip.GZIPOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.quizbank.common.Digests;
import dev.quizbank.config.QuizConfig;
import dev.quizbank.http.ContentCodings;
import dev.quizbank.http.EntityTags;
import dev.quizbank.quiz.service.PublishedQuiz;
import dev.quizbank.quiz.service.QuizCatalog;

/**
 * Published versions never change, so each representation is serialised and gzip-compressed once,
 * with its ETag, and served from memory afterwards: those of the current versions for as long as they
 * are current, those of older versions from a cache bounded by weight, as the catalog bounds the
 * versions themselves ({@code quiz.catalog.old-versions-max-weight}).
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
            if (EntityTags.notModified(ifNoneMatch, view.etag())) {
                return new Reply(null, false, etag, cacheControl);
            }
            boolean gzip = ContentCodings.acceptsGzip(acceptEncoding);
            return new Reply(gzip ? view.gzipped() : view.body(), gzip, etag, cacheControl);
        }

        boolean notModified() {
            return body == null;
        }
    }

    private enum View {
        DETAIL, QUESTIONS
    }

    private record Key(String quizId, int version, View view) {
    }

    /** A rendered view's arrays, and about as much again for its objects, the ETag and the cache's entry. */
    private static final int OVERHEAD = 200;

    private final ObjectMapper mapper;
    private final QuizCatalog catalog;
    private final ConcurrentMap<Key, Rendered> current = new ConcurrentHashMap<>();
    private final Cache<Key, Rendered> older;

    RenderedQuizzes(ObjectMapper mapper, QuizCatalog catalog, QuizConfig config) {
        this.mapper = mapper;
        this.catalog = catalog;
        this.older = Caffeine.newBuilder()
                .maximumWeight(config.catalog().oldVersionsMaxWeight().asLongValue())
                .weigher((Key key, Rendered view) -> view.body().length + view.gzipped().length + OVERHEAD)
                .build();
    }

    Rendered detail(PublishedQuiz quiz) {
        return render(quiz, View.DETAIL);
    }

    Rendered questions(PublishedQuiz quiz) {
        return render(quiz, View.QUESTIONS);
    }

    private Rendered render(PublishedQuiz quiz, View view) {
        Key key = new Key(quiz.id(), quiz.version(), view);
        Rendered held = current.get(key);
        if (held != null) {
            return held;
        }
        if (!catalog.isCurrent(quiz.id(), quiz.version())) {
            return older.get(key, k -> serialise(quiz, view));
        }
        Rendered rendered = current.computeIfAbsent(key, k -> serialise(quiz, view));
        // The views of versions that are no longer current go, as a new current one comes.
        current.keySet().removeIf(k -> !catalog.isCurrent(k.quizId(), k.version()));
        return rendered;
    }

    private Rendered serialise(PublishedQuiz quiz, View view) {
        try {
            byte[] body = mapper.writeValueAsBytes(view == View.DETAIL ? QuizViews.QuizDetail.of(quiz) : QuizViews.QuizQuestions.of(quiz));
            return new Rendered(body, gzip(body), new EntityTag(Digests.tag(body)));
        } catch (IOException e) {
            throw new UncheckedIOException("a quiz view did not serialise", e);
        }
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.toByteArray();
    }
}
