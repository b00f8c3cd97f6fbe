package dev.quizbank.quiz.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.quizbank.common.Digests;
import dev.quizbank.quiz.QuizVersion;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.document.QuizDocumentParser;
import dev.quizbank.quiz.mapping.QuizVersionMapper;
import dev.quizbank.quiz.repository.QuizVersionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Turns quiz documents into published versions. */
@ApplicationScoped
public class QuizPublisher {

    private final QuizVersionRepository repository;
    private final QuizCatalog catalog;

    QuizPublisher(QuizVersionRepository repository, QuizCatalog catalog) {
        this.repository = repository;
        this.catalog = catalog;
    }

    /**
     * Publishes {@code source} as the next version of the quiz, unless it is the same text as the
     * current version. Safe to call from several instances at once.
     *
     * @return the version that now holds this text
     * @throws dev.quizbank.quiz.document.QuizDocumentException when the document is broken
     */
    public int publish(String quizId, String source) {
        QuizDocument document = QuizDocumentParser.parse(source);
        String sha256 = Digests.sha256Hex(source);
        int version = QuarkusTransaction.requiringNew().call(() -> store(quizId, document, sha256));
        catalog.refresh();
        return version;
    }

    private int store(String quizId, QuizDocument document, String sha256) {
        repository.lockForPublishing(quizId);
        Optional<QuizVersion> latest = repository.latest(quizId);
        if (latest.isPresent() && latest.get().sourceSha256.equals(sha256)) {
            return latest.get().version;
        }
        repository.insertQuizIfAbsent(quizId);
        int next = latest.map(v -> v.version + 1).orElse(1);
        repository.persist(QuizVersionMapper.toEntity(quizId, next, document, sha256));
        return next;
    }
}
