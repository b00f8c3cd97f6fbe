package dev.quizbank.quiz.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.quizbank.quiz.repository.QuizVersionRepository;
import dev.quizbank.quiz.repository.VersionRecord;

/** Who published which version of a quiz, and when: read from the database, for authors. */
@ApplicationScoped
public class QuizHistory {

    private final QuizVersionRepository repository;

    QuizHistory(QuizVersionRepository repository) {
        this.repository = repository;
    }

    public List<VersionRecord> versions(String quizId) {
        return repository.history(quizId);
    }
}
