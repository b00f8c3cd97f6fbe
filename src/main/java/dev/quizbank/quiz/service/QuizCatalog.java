package dev.quizbank.quiz.service;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.quizbank.quiz.QuizVersion;
import dev.quizbank.quiz.mapping.QuizVersionMapper;
import dev.quizbank.quiz.repository.QuizVersionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The published quizzes, every version of each, held in memory so that reads never wait for the
 * database. A published version never changes, so a version once loaded is kept for good; every
 * {@code quiz.catalog.refresh-interval} the catalog looks for versions other instances published.
 */
@ApplicationScoped
public class QuizCatalog {

    private static final Logger LOG = Logger.getLogger(QuizCatalog.class);

    private final QuizVersionRepository repository;
    private final ConcurrentMap<VersionRef, PublishedQuiz> versions = new ConcurrentHashMap<>();
    private volatile SortedMap<String, PublishedQuiz> current = Collections.emptySortedMap();
    private volatile Map<String, PublishedQuiz> newest = Map.of();

    QuizCatalog(QuizVersionRepository repository) {
        this.repository = repository;
    }

    /** The current version of every quiz in service (not retired), ordered by id. */
    public List<PublishedQuiz> currentQuizzes() {
        return List.copyOf(current.values());
    }

    public Optional<PublishedQuiz> current(String quizId) {
        return Optional.ofNullable(current.get(quizId));
    }

    /** The newest version of a quiz, retired or not: the one a restore brings back. */
    public Optional<PublishedQuiz> newest(String quizId) {
        return Optional.ofNullable(newest.get(quizId));
    }

    /** Any published version, of a retired quiz too: for reading the attempts graded on it. */
    public Optional<PublishedQuiz> version(String quizId, int version) {
        return Optional.ofNullable(versions.get(new VersionRef(quizId, version)));
    }

    /**
     * Any published version, loading what other instances published since the last refresh: for
     * reading stored attempts, on a worker thread (it may wait for the database).
     */
    public Optional<PublishedQuiz> versionLoading(String quizId, int version) {
        return version(quizId, version).or(() -> {
            refresh();
            return version(quizId, version);
        });
    }

    /** A version of a quiz in service, the current one when {@code version} is null. */
    public Optional<PublishedQuiz> find(String quizId, Integer version) {
        return version == null ? current(quizId) : current(quizId).flatMap(quiz -> version(quizId, version));
    }

    @Scheduled(every = "${quiz.catalog.refresh-interval}", delayed = "${quiz.catalog.refresh-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warnf("Could not refresh the quiz catalog, serving what is loaded: %s", e.getMessage());
        }
    }

    /** Loads the versions published since the last refresh, and moves each quiz to its newest. */
    public synchronized void refresh() {
        QuarkusTransaction.joiningExisting().run(() -> {
            SortedMap<String, PublishedQuiz> refreshed = new TreeMap<>();
            Map<String, PublishedQuiz> last = new HashMap<>();
            Set<String> retired = repository.retiredQuizzes();
            repository.publishedVersions().forEach((quizId, numbers) -> {
                numbers.forEach(number -> versions.computeIfAbsent(new VersionRef(quizId, number), ref -> {
                    QuizVersion stored = repository.find(quizId, number).orElseThrow();
                    // A quiz's owner is set when it is created and never changes, so each version may keep it.
                    return new PublishedQuiz(quizId, number, QuizVersionMapper.toDocument(stored),
                            QuizVersionMapper.toSettings(stored), repository.owner(quizId));
                }));
                PublishedQuiz latest = versions.get(new VersionRef(quizId, numbers.get(numbers.size() - 1)));
                last.put(quizId, latest);
                if (!retired.contains(quizId)) {
                    refreshed.put(quizId, latest);
                }
            });
            current = Collections.unmodifiableSortedMap(refreshed);
            newest = Map.copyOf(last);
        });
    }

    private record VersionRef(String quizId, int version) {
    }
}
