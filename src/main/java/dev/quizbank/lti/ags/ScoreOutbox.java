package dev.quizbank.lti.ags;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The scores waiting for their platform, in PostgreSQL: one row per line item and platform user, which the newest
 * grade overwrites (timestamp bumped past the previous one), claimed by one sender at a time. Each method is one
 * statement, in the caller's transaction or its own.
 */
@ApplicationScoped
@Transactional
public class ScoreOutbox {

    /** What a score is sent to: the launch's platform, line item and the platform's own id for the learner. */
    public record Target(long platformId, String lineitem, String userId) {
    }

    /** A claimed score and what it takes to send it; {@code timestamp} in epoch milliseconds. */
    public record Due(Target target, String tokenUrl, String clientId, BigDecimal scoreGiven, BigDecimal scoreMaximum, long timestamp,
            int tries) {
    }

    /** How a failed send leaves the row. */
    public enum Failure {
        RETRY, GIVE_UP
    }

    private static final String TARGET = "select l.platform_id, l.ags_lineitem, l.lti_subject from {h-schema}lti_launch l";
    /** A launch that may take a grade for this learner's attempt at this quiz: theirs, into the quiz, with a line item it may score. */
    private static final String GRADES = " l.quiz_id = ?2 and l.subject = ?3 and l.ags_lineitem is not null and ?4 = any(l.ags_scopes)";
    private static final String KEY = " where platform_id = ?1 and lineitem = ?2 and user_id = ?3";

    private final EntityManager entities;

    ScoreOutbox(EntityManager entities) {
        this.entities = entities;
    }

    /** Remembers the launch an attempt was started under, when that launch may take the attempt's grade. */
    public void link(UUID attemptId, UUID launchId, String quizId, String learner) {
        entities.createNativeQuery("insert into {h-schema}lti_attempt_launch (attempt_id, launch_id) select ?5, l.id"
                + " from {h-schema}lti_launch l where l.id = ?1 and" + GRADES + " on conflict do nothing")
                .setParameter(1, launchId).setParameter(2, quizId).setParameter(3, learner).setParameter(4, Scopes.SCORE)
                .setParameter(5, attemptId).executeUpdate();
    }

    /** Where the grade of an attempt posted with a session of {@code launchId} goes, if anywhere. */
    public Optional<Target> ofLaunch(UUID launchId, String quizId, String learner) {
        return target(entities.createNativeQuery(TARGET + " where l.id = ?1 and" + GRADES, Object[].class).setParameter(1, launchId)
                .setParameter(2, quizId).setParameter(3, learner).setParameter(4, Scopes.SCORE).getResultList());
    }

    /** Where the grade of a started attempt goes, if it was started under a launch that takes it. */
    public Optional<Target> ofStarted(UUID attemptId, String quizId, String learner) {
        return target(entities.createNativeQuery(TARGET + " join {h-schema}lti_attempt_launch a on a.launch_id = l.id where a.attempt_id = ?1"
                + " and" + GRADES, Object[].class).setParameter(1, attemptId).setParameter(2, quizId).setParameter(3, learner)
                .setParameter(4, Scopes.SCORE).getResultList());
    }

    /**
     * Queues {@code target}'s newest grade, replacing any unsent one: its timestamp is now, to the millisecond, or one
     * millisecond past the last one, whichever is later, so that the platform never takes it for an older score.
     */
    public void enqueue(Target target, BigDecimal scoreGiven, BigDecimal scoreMaximum) {
        entities.createNativeQuery("""
                insert into {h-schema}lti_score (platform_id, lineitem, user_id, score_given, score_maximum, scored_at, state, next_try_at)
                values (?1, ?2, ?3, ?4, ?5, date_trunc('milliseconds', clock_timestamp()), 'pending', now())
                on conflict (platform_id, lineitem, user_id) do update set score_given = excluded.score_given,
                    score_maximum = excluded.score_maximum, state = 'pending', tries = 0, next_try_at = now(),
                    scored_at = greatest(excluded.scored_at, lti_score.scored_at + interval '1 millisecond')""")
                .setParameter(1, target.platformId()).setParameter(2, target.lineitem()).setParameter(3, target.userId())
                .setParameter(4, scoreGiven).setParameter(5, scoreMaximum).executeUpdate();
    }

    /**
     * Claims the score due first for {@code lease}; a row another instance is claiming is skipped, not waited for, and
     * one whose claim has lapsed (its sender stopped) is due again.
     */
    public Optional<Due> claim(Duration lease) {
        List<?> rows = entities.createNativeQuery("""
                update {h-schema}lti_score s set claimed_until = now() + make_interval(secs => ?1)
                from (select platform_id, lineitem, user_id from {h-schema}lti_score
                      where state = 'pending' and next_try_at <= now() and (claimed_until is null or claimed_until < now())
                      order by next_try_at limit 1 for update skip locked) due, {h-schema}lti_platform p
                where s.platform_id = due.platform_id and s.lineitem = due.lineitem and s.user_id = due.user_id and p.id = s.platform_id
                returning s.platform_id, s.lineitem, s.user_id, p.token_url, p.client_id, s.score_given, s.score_maximum,
                    (extract(epoch from s.scored_at) * 1000)::bigint, s.tries""", Object[].class)
                .setParameter(1, lease.toMillis() / 1000.0).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(row -> new Due(
                new Target(((Number) row[0]).longValue(), (String) row[1], (String) row[2]), (String) row[3], (String) row[4],
                (BigDecimal) row[5], (BigDecimal) row[6], ((Number) row[7]).longValue(), ((Number) row[8]).intValue())).findFirst();
    }

    /** The platform took the score of {@code timestamp}: sent, unless a newer grade came meanwhile, which stays pending. */
    public void acknowledged(Target target, long timestamp) {
        key(entities.createNativeQuery("update {h-schema}lti_score set claimed_until = null,"
                + " state = case when (extract(epoch from scored_at) * 1000)::bigint = ?4 then 'sent' else state end" + KEY), target)
                .setParameter(4, timestamp).executeUpdate();
    }

    /**
     * The score of {@code timestamp} was not taken: tried again at {@code retryAt}, or given up. A newer grade that came
     * meanwhile has its own tries and is left as it is.
     */
    public void failed(Target target, long timestamp, Failure failure, Instant retryAt) {
        key(entities.createNativeQuery("""
                update {h-schema}lti_score set claimed_until = null,
                    tries = case when (extract(epoch from scored_at) * 1000)::bigint = ?4 then tries + 1 else tries end,
                    next_try_at = case when (extract(epoch from scored_at) * 1000)::bigint = ?4 then ?5 else next_try_at end,
                    state = case when (extract(epoch from scored_at) * 1000)::bigint = ?4 and ?6 then 'failed' else state end""" + KEY),
                target).setParameter(4, timestamp).setParameter(5, retryAt).setParameter(6, failure == Failure.GIVE_UP).executeUpdate();
    }

    private static jakarta.persistence.Query key(jakarta.persistence.Query query, Target target) {
        return query.setParameter(1, target.platformId()).setParameter(2, target.lineitem()).setParameter(3, target.userId());
    }

    private static Optional<Target> target(List<?> rows) {
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new Target(((Number) row[0]).longValue(), (String) row[1], (String) row[2])).findFirst();
    }
}
