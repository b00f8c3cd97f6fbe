package dev.quizbank.quiz.service;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.quizbank.common.Digests;
import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.QuizVersion;
import dev.quizbank.quiz.format.QuizSource;
import dev.quizbank.quiz.format.SourceFormat;
import dev.quizbank.quiz.mapping.QuizVersionMapper;
import dev.quizbank.quiz.repository.QuizVersionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Publishes, edits and retires quizzes. Every change of one quiz holds a database lock for that
 * quiz, so instances sharing the database never publish over each other. The publishing instance's
 * catalog shows the change as soon as it is committed; the others' when the commit's notification
 * reaches them (V23's triggers, {@link CatalogListener}).
 */
@ApplicationScoped
public class QuizPublisher {

    private final QuizVersionRepository repository;
    private final QuizCatalog catalog;

    QuizPublisher(QuizVersionRepository repository, QuizCatalog catalog) {
        this.repository = repository;
        this.catalog = catalog;
    }

    /** The version a change left current, and whether the change published it. */
    public record Publication(int version, boolean published) {
    }

    /** Publishes a native document with the self-study settings; see {@link #publish(String, String, QuizSettings)}. */
    public int publish(String quizId, String nativeDocument) {
        return publish(quizId, nativeDocument, QuizSettings.SELF_STUDY);
    }

    /**
     * Publishes a native document with {@code settings} as the next version of the quiz, unless the
     * current version holds the same.
     *
     * @throws dev.quizbank.quiz.format.InvalidSourceException when the document is broken
     */
    public int publish(String quizId, String nativeDocument, QuizSettings settings) {
        QuizSource read = SourceFormat.NATIVE.read(nativeDocument);
        return change(quizId, new QuizSource(quizId, settings, read.document()), null, null).version();
    }

    /** Publishes a bundled file, unless this very file was the last one bundled as this quiz or the quiz is retired. */
    public Publication bundle(String quizId, String file) {
        String sha256 = Digests.sha256Hex(file);
        Publication publication = QuarkusTransaction.requiringNew().call(() -> {
            repository.lockForPublishing(quizId);
            Optional<QuizVersion> latest = repository.latest(quizId);
            if (latest.isPresent() && (sha256.equals(repository.bundledSha256(quizId)) || repository.isRetired(quizId))) {
                return new Publication(latest.get().version, false);
            }
            // Read only now: on most starts the file is the one last bundled, and reading it would be wasted.
            QuizSource source = SourceFormat.NATIVE.read(file);
            Publication stored = store(quizId, new QuizSource(quizId, source.settings(), source.document()), null);
            repository.setBundledSha256(quizId, sha256);
            return stored;
        });
        catalog.refresh(quizId);
        return publication;
    }

    /**
     * A new quiz, as its first version.
     *
     * @throws QuizExists when the id is in use, by a current or a retired quiz
     */
    public PublishedQuiz create(QuizSource source, String author) {
        int version = QuarkusTransaction.requiringNew().call(() -> {
            repository.lockForPublishing(source.id());
            if (repository.latest(source.id()).isPresent()) {
                throw new QuizExists(source.id());
            }
            return store(source.id(), source, author).version();
        });
        catalog.refresh(source.id());
        return catalog.anyVersion(source.id(), version).orElseThrow();
    }

    /**
     * The next version of a quiz, if {@code expectedVersion} is still its current one; a source equal
     * to the current version publishes nothing.
     *
     * @throws QuizNotFound when the quiz is not in service
     * @throws VersionConflict when the quiz has moved on from {@code expectedVersion}
     */
    public Publication update(String quizId, int expectedVersion, QuizSource source, String author) {
        return change(quizId, new QuizSource(quizId, source.settings(), source.document()), expectedVersion, author);
    }

    /**
     * Retires a quiz, if {@code expectedVersion} is still its current one.
     *
     * @throws QuizNotFound when the quiz is not in service
     * @throws VersionConflict when the quiz has moved on from {@code expectedVersion}
     */
    public void retire(String quizId, int expectedVersion) {
        QuarkusTransaction.requiringNew().run(() -> {
            repository.lockForPublishing(quizId);
            current(quizId, expectedVersion);
            repository.retire(quizId);
        });
        catalog.refresh(quizId);
    }

    /**
     * Brings a retired quiz back into service with every version it had, if {@code expectedVersion} is
     * still its newest; a quiz in service stays as it is.
     *
     * @throws QuizNotFound when there is no such quiz
     * @throws VersionConflict when the quiz has moved on from {@code expectedVersion}
     */
    public void restore(String quizId, int expectedVersion) {
        QuarkusTransaction.requiringNew().run(() -> {
            repository.lockForPublishing(quizId);
            newest(quizId, expectedVersion);
            repository.restore(quizId);
        });
        catalog.refresh(quizId);
    }

    private Publication change(String quizId, QuizSource source, Integer expectedVersion, String author) {
        Publication publication = QuarkusTransaction.requiringNew().call(() -> {
            repository.lockForPublishing(quizId);
            QuizSource stated = source;
            if (expectedVersion != null) {
                QuizVersion current = current(quizId, expectedVersion);
                // An edit in a format or document that states no settings keeps the quiz's own.
                if (source.settings() == null) {
                    stated = new QuizSource(source.id(), QuizVersionMapper.toSettings(current), source.document());
                }
            }
            return store(quizId, stated, author);
        });
        catalog.refresh(quizId);
        return publication;
    }

    /** The current version, checked to be {@code expectedVersion}, under the quiz's lock. */
    private QuizVersion current(String quizId, int expectedVersion) {
        if (repository.isRetired(quizId)) {
            throw new QuizNotFound(quizId);
        }
        return newest(quizId, expectedVersion);
    }

    /** The newest version, retired or not, checked to be {@code expectedVersion}, under the quiz's lock. */
    private QuizVersion newest(String quizId, int expectedVersion) {
        QuizVersion latest = repository.latest(quizId)
                .orElseThrow(() -> new QuizNotFound(quizId));
        if (latest.version != expectedVersion) {
            throw new VersionConflict(quizId, latest.version);
        }
        return latest;
    }

    /**
     * Stores the next version unless it equals the latest; settings a source does not state are the
     * self-study ones. The author of a quiz's first version owns it.
     */
    private Publication store(String quizId, QuizSource stated, String author) {
        QuizSource source = stated.settings() != null ? stated
                : new QuizSource(stated.id(), QuizSettings.SELF_STUDY, stated.document());
        Optional<QuizVersion> latest = repository.latest(quizId);
        if (latest.isPresent() && QuizVersionMapper.toDocument(latest.get()).equals(source.document())
                && QuizVersionMapper.toSettings(latest.get()).equals(source.settings())) {
            return new Publication(latest.get().version, false);
        }
        repository.insertQuizIfAbsent(quizId, author);
        int next = latest.map(v -> v.version + 1).orElse(1);
        // The digest of the canonical JSON source: it holds every question type, which not every format can.
        String sha256 = Digests.sha256Hex(new String(SourceFormat.JSON.write(source), StandardCharsets.UTF_8));
        repository.persist(QuizVersionMapper.toEntity(quizId, next, source.document(), source.settings(), sha256, author));
        return new Publication(next, true);
    }
}
