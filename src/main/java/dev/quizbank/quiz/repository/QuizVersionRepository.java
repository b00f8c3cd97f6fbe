package dev.quizbank.quiz.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /** The newest version number of every quiz in service (not retired). */
    public Map<String, Integer> currentVersions() {
        Map<String, Integer> newest = new HashMap<>();
        List<?> rows = getEntityManager().createNativeQuery("""
                select v.quiz_id, max(v.version) from {h-schema}quiz_version v join {h-schema}quiz q on q.id = v.quiz_id
                where q.retired_at is null group by v.quiz_id""", Object[].class).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            newest.put((String) columns[0], ((Number) columns[1]).intValue());
        }
        return newest;
    }

    /** The newest version number of a quiz in service; empty when it is retired or there is no such quiz. */
    public Optional<Integer> currentVersion(String quizId) {
        List<?> newest = getEntityManager().createNativeQuery("""
                select max(v.version) from {h-schema}quiz_version v join {h-schema}quiz q on q.id = v.quiz_id
                where q.id = ?1 and q.retired_at is null""").setParameter(1, quizId).getResultList();
        return newest.stream().filter(Objects::nonNull).map(n -> ((Number) n).intValue()).findFirst();
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

    public boolean isRetired(String quizId) {
        return !getEntityManager().createNativeQuery("select 1 from {h-schema}quiz where id = ?1 and retired_at is not null")
                .setParameter(1, quizId).getResultList().isEmpty();
    }

    public void retire(String quizId) {
        getEntityManager().createNativeQuery("update {h-schema}quiz set retired_at = now() where id = ?1")
                .setParameter(1, quizId).executeUpdate();
    }

    public void restore(String quizId) {
        getEntityManager().createNativeQuery("update {h-schema}quiz set retired_at = null where id = ?1")
                .setParameter(1, quizId).executeUpdate();
    }

    /** The author who published the quiz's first version; empty for a quiz first published from a bundled file. */
    public Optional<String> owner(String quizId) {
        List<?> owner = getEntityManager().createNativeQuery("select owner from {h-schema}quiz where id = ?1 and owner is not null")
                .setParameter(1, quizId).getResultList();
        return owner.stream().map(String.class::cast).findFirst();
    }

    public String bundledSha256(String quizId) {
        List<?> sha = getEntityManager().createNativeQuery("select bundled_sha256 from {h-schema}quiz where id = ?1")
                .setParameter(1, quizId).getResultList();
        return sha.isEmpty() ? null : (String) sha.get(0);
    }

    public void setBundledSha256(String quizId, String sha256) {
        getEntityManager().createNativeQuery("update {h-schema}quiz set bundled_sha256 = ?2 where id = ?1")
                .setParameter(1, quizId).setParameter(2, sha256).executeUpdate();
    }

    /** Who published each version of a quiz and when, oldest first. */
    public List<VersionRecord> history(String quizId) {
        return getEntityManager().createQuery("""
                select new dev.quizbank.quiz.repository.VersionRecord(v.version, v.publishedAt, v.publishedBy, size(v.questions))
                from QuizVersion v where v.quizId = ?1 order by v.version""", VersionRecord.class)
                .setParameter(1, quizId).getResultList();
    }

    /** A new quiz belongs to {@code owner}, its first publisher (null: a bundled file, which no author owns); an existing one keeps its owner. */
    public void insertQuizIfAbsent(String quizId, String owner) {
        getEntityManager().createNativeQuery("insert into {h-schema}quiz (id, owner) values (?1, ?2) on conflict (id) do nothing")
                .setParameter(1, quizId)
                .setParameter(2, owner)
                .executeUpdate();
    }
}
