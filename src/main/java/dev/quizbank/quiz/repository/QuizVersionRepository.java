package dev.quizbank.quiz.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.quizbank.quiz.QuizVersion;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class QuizVersionRepository implements PanacheRepository<QuizVersion> {

    public Optional<QuizVersion> find(String quizId, int version) {
        return find("quizId = ?1 and version = ?2", quizId, version).firstResultOptional();
    }

    public Optional<QuizVersion> latest(String quizId) {
        return find("quizId = ?1 order by version desc", quizId).firstResultOptional();
    }

    /** Every published version number of every quiz, oldest first. */
    public Map<String, List<Integer>> publishedVersions() {
        Map<String, List<Integer>> published = new HashMap<>();
        getEntityManager()
                .createQuery("select v.quizId, v.version from QuizVersion v order by v.quizId, v.version", Object[].class)
                .getResultList()
                .forEach(row -> published.computeIfAbsent((String) row[0], id -> new ArrayList<>()).add((Integer) row[1]));
        return published;
    }

    /**
     * Serialises publishing of one quiz across every instance sharing the database, until the
     * transaction ends.
     */
    public void lockForPublishing(String quizId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('quizbank.publish:' || ?1))")
                .setParameter(1, quizId)
                .getSingleResult();
    }

    public void insertQuizIfAbsent(String quizId) {
        getEntityManager().createNativeQuery("insert into {h-schema}quiz (id) values (?1) on conflict (id) do nothing")
                .setParameter(1, quizId)
                .executeUpdate();
    }
}
