package dev.quizbank.quiz.service;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.quizbank.config.QuizConfig;
import dev.quizbank.quiz.QuizVersion;
import dev.quizbank.quiz.format.QuizRules;
import dev.quizbank.quiz.mapping.QuizVersionMapper;
import dev.quizbank.quiz.repository.QuizVersionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The published quizzes. The current version of every quiz in service is held in memory, so that its
 * reads never wait for the database. Any other version is loaded when asked for, into a cache bounded
 * by weight ({@code quiz.catalog.old-versions-max-weight}), so that memory stays flat however many
 * versions there are; a published version never changes, so a cached one never goes stale. Only which
 * version is current changes (a publish moves it on, a retire takes it away, a restore brings it back):
 * every instance hears of each such change from {@link CatalogListener} and reloads that quiz alone.
 */
@ApplicationScoped
public class QuizCatalog {

    private final QuizVersionRepository repository;
    /** Futures, so that a load waits for the database outside the cache's locks, and one load serves all who ask. */
    private final AsyncCache<VersionRef, PublishedQuiz> older;
    private volatile SortedMap<String, PublishedQuiz> current = Collections.emptySortedMap();

    QuizCatalog(QuizVersionRepository repository, QuizConfig config) {
        this.repository = repository;
        this.older = Caffeine.newBuilder()
                .maximumWeight(config.catalog().oldVersionsMaxWeight().asLongValue())
                .weigher((VersionRef ref, PublishedQuiz quiz) -> (int) Math.min(Integer.MAX_VALUE, quiz.footprint()))
                .buildAsync();
    }

    /** The current version of every quiz in service (not retired), ordered by id. */
    public List<PublishedQuiz> currentQuizzes() {
        return List.copyOf(current.values());
    }

    /** The current version of a quiz in service, always in memory. */
    public Optional<PublishedQuiz> currentVersion(String quizId) {
        return Optional.ofNullable(current.get(quizId));
    }

    /**
     * The newest version of a quiz, retired or not: the one a restore brings back. A retired quiz's is
     * loaded from the database: call this on a worker thread.
     */
    public Optional<PublishedQuiz> newest(String quizId) {
        if (!QuizRules.isId(quizId)) {
            return Optional.empty();
        }
        return currentVersion(quizId).or(() -> QuarkusTransaction.joiningExisting()
                .call(() -> repository.latest(quizId).map(stored -> stored.version))
                .flatMap(number -> anyVersion(quizId, number)));
    }

    public boolean isCurrent(String quizId, int version) {
        PublishedQuiz held = current.get(quizId);
        return held != null && held.version() == version;
    }

    /**
     * A version of a quiz in service, the current one when {@code version} is null. An older one may be
     * loaded from the database: call this on a worker thread.
     */
    public Optional<PublishedQuiz> inService(String quizId, Integer version) {
        return currentVersion(quizId).flatMap(held -> version == null || version == held.version() ? Optional.of(held)
                // Newer ones are another instance's, not heard of yet (CatalogListener, well within a second).
                : version < held.version() ? anyVersion(quizId, version) : Optional.empty());
    }

    /**
     * As {@link #inService}, for a quiz and version a request names.
     *
     * @throws QuizNotFound when the quiz is not in service or has no such version
     */
    public PublishedQuiz require(String quizId, Integer version) {
        return inService(quizId, version).orElseThrow(() -> new QuizNotFound(quizId, version));
    }

    /** What {@link #inService} finds without waiting: empty also for an older version not in memory now. For the I/O threads. */
    public Optional<PublishedQuiz> findInMemory(String quizId, Integer version) {
        return currentVersion(quizId).flatMap(held -> {
            if (version == null || version == held.version()) {
                return Optional.of(held);
            }
            CompletableFuture<PublishedQuiz> cached = version < held.version() ? older.getIfPresent(new VersionRef(quizId, version)) : null;
            return cached != null && cached.isDone() && !cached.isCompletedExceptionally()
                    ? Optional.ofNullable(cached.getNow(null)) : Optional.empty();
        });
    }

    /**
     * Any published version, of a retired quiz too (for the attempts graded on it), loaded from the
     * database unless it is held: call this on a worker thread. A caller's transaction is joined, so
     * that a request never holds two connections.
     */
    public Optional<PublishedQuiz> anyVersion(String quizId, int version) {
        PublishedQuiz held = current.get(quizId);
        if (held != null && held.version() == version) {
            return Optional.of(held);
        }
        if (!QuizRules.isId(quizId)) {
            // No stored quiz has such an id, and PostgreSQL refuses some characters (a NUL) outright.
            return Optional.empty();
        }
        VersionRef ref = new VersionRef(quizId, version);
        CompletableFuture<PublishedQuiz> loading = new CompletableFuture<>();
        CompletableFuture<PublishedQuiz> cached = older.get(ref, (key, executor) -> loading);
        if (cached == loading) {
            try {
                loading.complete(QuarkusTransaction.joiningExisting().call(() -> load(ref)));
            } catch (RuntimeException e) {
                loading.completeExceptionally(e);
            }
        }
        try {
            // A version that is not there completes as null, which the cache does not keep.
            return Optional.ofNullable(cached.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Moves each quiz in service to its newest version, loading each new one in a transaction of its
     * own (so that a start with many large quizzes never runs into a transaction timeout); a version
     * that stops being current, or whose quiz was retired, joins the older ones.
     */
    public synchronized void refresh() {
        Map<String, Integer> newest = QuarkusTransaction.joiningExisting().call(repository::currentVersions);
        SortedMap<String, PublishedQuiz> refreshed = new TreeMap<>();
        newest.forEach((quizId, number) -> {
            PublishedQuiz held = current.get(quizId);
            if (held == null || held.version() != number) {
                held = anyVersion(quizId, number).orElseThrow();
                older.synchronous().invalidate(new VersionRef(quizId, number));
            }
            refreshed.put(quizId, held);
        });
        current.values().stream().filter(held -> refreshed.get(held.id()) != held).forEach(
                held -> older.put(new VersionRef(held.id(), held.version()), CompletableFuture.completedFuture(held)));
        current = Collections.unmodifiableSortedMap(refreshed);
    }

    /**
     * Brings one quiz up to date: its newest version if it is in service, none if it was retired. What the
     * catalog does when it hears that the quiz changed, here or on another instance.
     */
    public synchronized void refresh(String quizId) {
        if (!QuizRules.isId(quizId)) {
            return;
        }
        Optional<Integer> newest = QuarkusTransaction.joiningExisting().call(() -> repository.currentVersion(quizId));
        PublishedQuiz held = current.get(quizId);
        if (held != null && newest.isPresent() && held.version() == newest.get()) {
            return;
        }
        SortedMap<String, PublishedQuiz> refreshed = new TreeMap<>(current);
        newest.ifPresentOrElse(number -> {
            refreshed.put(quizId, anyVersion(quizId, number).orElseThrow());
            older.synchronous().invalidate(new VersionRef(quizId, number));
        }, () -> refreshed.remove(quizId));
        if (held != null) {
            older.put(new VersionRef(quizId, held.version()), CompletableFuture.completedFuture(held));
        }
        current = Collections.unmodifiableSortedMap(refreshed);
    }

    private PublishedQuiz load(VersionRef ref) {
        return repository.find(ref.quizId(), ref.version()).map(this::published).orElse(null);
    }

    /** A quiz's owner is set when it is created and never changes, so each version may keep it. */
    private PublishedQuiz published(QuizVersion stored) {
        return new PublishedQuiz(stored.quizId, stored.version, QuizVersionMapper.toDocument(stored),
                QuizVersionMapper.toSettings(stored), repository.owner(stored.quizId));
    }

    private record VersionRef(String quizId, int version) {
    }
}
