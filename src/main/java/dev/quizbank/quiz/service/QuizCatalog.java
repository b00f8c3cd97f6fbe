package dev.quizbank.quiz.service;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.quizbank.quiz.mapping.QuizVersionMapper;
import dev.quizbank.quiz.repository.QuizVersionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The published quizzes, held in memory. A published version never changes, so a version once
 * loaded is served from memory for good; only which version is current is looked up again, every
 * {@code quiz.catalog.refresh-interval}, to see what other instances published.
 */
@ApplicationScoped
public class QuizCatalog {

    private static final Logger LOG = Logger.getLogger(QuizCatalog.class);

    private final QuizVersionRepository repository;
    private final ConcurrentMap<VersionRef, PublishedQuiz> versions = new ConcurrentHashMap<>();
    private volatile SortedMap<String, PublishedQuiz> current = Collections.emptySortedMap();

    QuizCatalog(QuizVersionRepository repository) {
        this.repository = repository;
    }

    /** The current version of every quiz, ordered by id. */
    public List<PublishedQuiz> currentQuizzes() {
        return List.copyOf(current.values());
    }

    public Optional<PublishedQuiz> current(String quizId) {
        return Optional.ofNullable(current.get(quizId));
    }

    public Optional<PublishedQuiz> version(String quizId, int version) {
        PublishedQuiz cached = versions.get(new VersionRef(quizId, version));
        return cached != null ? Optional.of(cached) : load(quizId, version);
    }

    /** Empty when {@code version} is null and the quiz is unknown, or the version is unknown. */
    public Optional<PublishedQuiz> find(String quizId, Integer version) {
        return version == null ? current(quizId) : version(quizId, version);
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

    public synchronized void refresh() {
        Map<String, Integer> latest = QuarkusTransaction.joiningExisting().call(repository::currentVersions);
        SortedMap<String, PublishedQuiz> refreshed = new TreeMap<>();
        latest.forEach((quizId, version) -> version(quizId, version).ifPresent(q -> refreshed.put(quizId, q)));
        current = Collections.unmodifiableSortedMap(refreshed);
    }

    private Optional<PublishedQuiz> load(String quizId, int version) {
        Optional<PublishedQuiz> loaded = QuarkusTransaction.joiningExisting().call(() -> repository
                .find(quizId, version)
                .map(entity -> new PublishedQuiz(quizId, version, QuizVersionMapper.toDocument(entity))));
        loaded.ifPresent(quiz -> versions.putIfAbsent(new VersionRef(quizId, version), quiz));
        return loaded.map(quiz -> versions.get(new VersionRef(quizId, version)));
    }

    private record VersionRef(String quizId, int version) {
    }
}
