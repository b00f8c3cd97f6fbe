package dev.quizbank.attempt.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.quizbank.attempt.service.AttemptSweeper;
import dev.quizbank.quiz.service.QuizPublisher;
import dev.quizbank.support.Seed;
import dev.quizbank.support.Sql;
import dev.quizbank.support.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The sweeper, run by the test itself: the scheduled one is off here, so that every submit is counted. Attempts are
 * written straight into the database with a deadline in the past, as a service stopped in the middle of them would
 * have left them.
 */
@QuarkusTest
@WithTestResource(TestDatabase.class)
@TestProfile(SweeperTest.ScheduledSweepOff.class)
class SweeperTest {

    public static class ScheduledSweepOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quiz.attempts.sweep-interval", "off");
        }
    }

    @Inject
    QuizPublisher publisher;

    @Inject
    AttemptSweeper sweeper;

    @Inject
    DataSource dataSource;

    /** Inserts an attempt in progress at {@code quizId}, every question answered C, whose grace ended {@code agoSeconds} ago. */
    private void leftInProgress(String quizId, int version, String learner, int agoSeconds) throws SQLException {
        Sql.execute(dataSource, "insert into quizbank.started_attempt (id, quiz_id, quiz_version, learner_id, started_at, deadline,"
                + " grace_until, seed, questions, choices, revision) values (gen_random_uuid(), '" + quizId + "', " + version + ", "
                + (learner == null ? "null" : "'" + learner + "'") + ", now() - interval '1 hour', now() - interval '" + (agoSeconds + 10)
                + " seconds', now() - interval '" + agoSeconds + " seconds', 42, (select array_agg(g) from generate_series(1, 25) g),"
                + " decode(repeat('03', 25), 'hex'), 3)");
    }

    private long rows(String table, String where) throws SQLException {
        return Sql.count(dataSource, "select count(*) from quizbank." + table + " where " + where);
    }

    private static long answeredC() {
        return Seed.QUESTIONS.stream().filter(q -> q.correct().equals("C")).count();
    }

    @Test
    void shouldSubmitEachOverdueAttemptOnceWhenTwoSweepsRunAtOnce() throws Exception {
        int version = publisher.publish("swept", Seed.TEXT, Lifecycle.settings(false, null, 60, 5));
        for (int i = 0; i < 60; i++) {
            leftInProgress("swept", version, "sweep-" + i, 1 + i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch ready = new CountDownLatch(2);
        List<Callable<Integer>> sweeps = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            sweeps.add(() -> {
                ready.countDown();
                ready.await();
                return sweeper.sweep();
            });
        }
        int submitted = 0;
        try {
            for (Future<Integer> sweep : pool.invokeAll(sweeps)) {
                submitted += sweep.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(submitted).isEqualTo(60);
        assertThat(rows("attempt", "quiz_id = 'swept'")).isEqualTo(60);
        assertThat(rows("attempt", "quiz_id = 'swept' and score = " + answeredC() + " and answered = 25")).isEqualTo(60);
        assertThat(rows("started_attempt", "quiz_id = 'swept' and submitted_at = grace_until")).isEqualTo(60);
        assertThat(sweeper.sweep()).isZero();
    }

    @Test
    void shouldSubmitAtStartAnAttemptLeftInProgressBeforeARestart() throws Exception {
        int version = publisher.publish("restarted", Seed.TEXT, Lifecycle.settings(true, null, 60, 0));
        leftInProgress("restarted", version, null, 3600);
        String id = Sql.count(dataSource, "select count(*) from quizbank.started_attempt where quiz_id = 'restarted'") == 1
                ? idOf("restarted") : null;
        // What the service runs when it starts (AttemptSweeper.onStart), before it answers any request.
        assertThat(sweeper.sweep()).isEqualTo(1);
        io.restassured.RestAssured.given().when().get("/attempts/" + id).then().statusCode(200)
            .body("score", equalTo((int) answeredC())).body("answered", equalTo(25));
    }

    @Test
    void shouldLeaveAttemptsWhoseTimeIsNotUp() throws Exception {
        int version = publisher.publish("not-due", Seed.TEXT, Lifecycle.settings(false, null, 60, 30));
        leftInProgress("not-due", version, "in-grace", -20);
        sweeper.sweep();
        assertThat(rows("started_attempt", "quiz_id = 'not-due' and submitted_at is null")).isEqualTo(1);
        assertThat(rows("attempt", "quiz_id = 'not-due'")).isZero();
    }

    private String idOf(String quizId) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.prepareStatement("select id::text from quizbank.started_attempt where quiz_id = ?")) {
            s.setString(1, quizId);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
