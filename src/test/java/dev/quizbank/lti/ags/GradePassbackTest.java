package dev.quizbank.lti.ags;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.quizbank.attempt.service.AttemptSweeper;
import dev.quizbank.quiz.QuizSettings.GradingMethod;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A graded attempt made under a launch with an AGS line item reaches the platform's scores URL: the learner's grade
 * by the quiz's gradingMethod, posted with the platform's token, for the one-shot POST, the lifecycle's submit and the
 * sweeper's; attempts without such a launch send nothing.
 */
@QuarkusTest
@WithTestResource(dev.quizbank.support.TestDatabase.class)
class GradePassbackTest {

    private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

    @Inject
    AgsFixture fixture;

    @Inject
    AttemptSweeper sweeper;

    TestAgsPlatform platform;
    long platformId;

    @BeforeEach
    void startPlatform() {
        platform = AgsFixture.platform();
        platformId = AgsFixture.register(platform);
    }

    @AfterEach
    void stopPlatform() throws SQLException {
        platform.close();
        fixture.execute("delete from quizbank.lti_score where platform_id = " + platformId);
    }

    @Test
    void shouldPostTheGradeOfAOneShotAttemptToTheLineItemsScoresKeepingItsQueryString() throws Exception {
        String quiz = fixture.quiz(null, GradingMethod.HIGHEST);
        AgsFixture.Learner learner = fixture.launched(platformId, quiz, platform.lineitem("one-shot"));

        AgsFixture.post(learner.token(), quiz, 7).then().statusCode(201);

        TestAgsPlatform.Received score = platform.nextScores(1, 10).getFirst();
        assertThat(score.path()).isEqualTo("/lineitems/one-shot/lineitem/scores");
        assertThat(score.query()).isEqualTo("type_id=3");
        assertThat(score.contentType()).isEqualTo("application/vnd.ims.lis.v1.score+json");
        assertThat(platform.issuedTokens()).containsExactly(score.token());
        assertThat(platform.assertionProblems()).isEmpty();
        assertThat(score.body().path("userId").asText()).isEqualTo(learner.sub());
        assertThat(score.body().path("scoreGiven").decimalValue()).isEqualByComparingTo("7");
        assertThat(score.body().path("scoreMaximum").decimalValue()).isEqualByComparingTo("25");
        assertThat(AgsFixture.grade(learner.token(), quiz)).containsExactly(7f, 25f);
        assertThat(score.body().path("activityProgress").asText()).isEqualTo("Completed");
        assertThat(score.body().path("gradingProgress").asText()).isEqualTo("FullyGraded");
        assertThat(score.body().path("timestamp").asText()).matches(TIMESTAMP);
        AgsFixture.eventually("the score is marked sent", () -> fixture.state(learner.sub()).equals("sent"));
    }

    @Test
    void shouldPostTheGradeByGradingMethodWhenALifecycleAttemptIsSubmitted() throws Exception {
        String quiz = fixture.quiz(600, GradingMethod.HIGHEST);
        AgsFixture.Learner learner = fixture.launched(platformId, quiz, platform.lineitem("lifecycle"));
        AgsFixture.post(Tokens.learner(learner.subject()), fixture.quiz(null, GradingMethod.HIGHEST), 3).then().statusCode(201);

        String first = start(learner.token(), quiz);
        submit(learner.token(), first, "{\"question\":1,\"choice\":\"" + dev.quizbank.support.Seed.QUESTIONS.getFirst().correct() + "\"}");
        assertThat(platform.nextScores(1, 10).getFirst().body().path("scoreGiven").decimalValue()).isEqualByComparingTo("1");
        String second = start(learner.token(), quiz);
        submit(learner.token(), second, "");

        TestAgsPlatform.Received score = platform.nextScores(1, 10).getFirst();
        assertThat(score.path()).isEqualTo("/lineitems/lifecycle/lineitem/scores");
        assertThat(score.body().path("userId").asText()).isEqualTo(learner.sub());
        // Highest of 1 and 0: the grade, not the last attempt's score.
        assertThat(score.body().path("scoreGiven").decimalValue()).isEqualByComparingTo("1");
        assertThat(AgsFixture.grade(learner.token(), quiz)).containsExactly(1f, 25f);
    }

    @Test
    void shouldPostTheGradeOfAnAttemptTheSweeperSubmitsWithNoCaller() throws Exception {
        String quiz = fixture.quiz(600, GradingMethod.LAST);
        AgsFixture.Learner learner = fixture.launched(platformId, quiz, platform.lineitem("swept"));
        String attempt = start(learner.token(), quiz);
        given().header("Authorization", "Bearer " + learner.token()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"answers\":[{\"question\":2,\"choice\":\"" + dev.quizbank.support.Seed.QUESTIONS.get(1).correct() + "\"}]}")
                .when().put("/attempts/" + attempt + "/responses").then().statusCode(200);
        fixture.execute("update quizbank.started_attempt set deadline = now() - interval '20 seconds',"
                + " grace_until = now() - interval '10 seconds' where id = '" + attempt + "'");

        sweeper.sweep();

        TestAgsPlatform.Received score = platform.nextScores(1, 10).getFirst();
        assertThat(score.body().path("userId").asText()).isEqualTo(learner.sub());
        assertThat(score.body().path("scoreGiven").decimalValue()).isEqualByComparingTo("1");
        assertThat(score.query()).isEqualTo("type_id=3");
    }

    @Test
    void shouldSendTimestampsThatOnlyIncreaseEvenWhenTheLastOneIsAhead() throws Exception {
        String quiz = fixture.quiz(null, GradingMethod.LAST);
        AgsFixture.Learner learner = fixture.launched(platformId, quiz, platform.lineitem("timestamps"));
        AgsFixture.post(learner.token(), quiz, 2).then().statusCode(201);
        Instant first = Instant.parse(platform.nextScores(1, 10).getFirst().body().path("timestamp").asText());
        AgsFixture.eventually("the score is marked sent", () -> fixture.state(learner.sub()).equals("sent"));
        // As if the last score had been stamped by a clock an hour ahead (another instance's): the next must pass it.
        fixture.execute("update quizbank.lti_score set scored_at = scored_at + interval '1 hour' where user_id = '" + learner.sub() + "'");

        AgsFixture.post(learner.token(), quiz, 5).then().statusCode(201);

        TestAgsPlatform.Received second = platform.nextScores(1, 10).getFirst();
        assertThat(second.body().path("timestamp").asText()).matches(TIMESTAMP)
                .isEqualTo(Score.timestamp(first.plusSeconds(3600).plusMillis(1).toEpochMilli()));
        assertThat(second.body().path("scoreGiven").decimalValue()).isEqualByComparingTo("5");
    }

    @Test
    void shouldSendTheNewestGradeLastWhenGradesComeFasterThanTheyAreSent() throws Exception {
        String quiz = fixture.quiz(null, GradingMethod.LAST);
        AgsFixture.Learner learner = fixture.launched(platformId, quiz, platform.lineitem("fast"));
        for (int right : List.of(4, 9, 6)) {
            AgsFixture.post(learner.token(), quiz, right).then().statusCode(201);
        }
        AgsFixture.eventually("the last grade is sent", () -> platform.allScores().stream()
                .anyMatch(score -> score.body().path("scoreGiven").asInt() == 6));
        AgsFixture.eventually("the score is marked sent", () -> fixture.state(learner.sub()).equals("sent"));

        List<TestAgsPlatform.Received> scores = platform.allScores();
        assertThat(scores.getLast().body().path("scoreGiven").asInt()).isEqualTo(6);
        assertThat(scores).extracting(score -> Instant.parse(score.body().path("timestamp").asText())).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void shouldSendNothingForAttemptsWithoutALaunchThatTakesTheirGrade() throws Exception {
        String quiz = fixture.quiz(null, GradingMethod.HIGHEST);
        String other = fixture.quiz(null, GradingMethod.HIGHEST);
        AgsFixture.Learner launched = fixture.launched(platformId, quiz, platform.lineitem("only"));
        AgsFixture.Learner noLineitem = fixture.launched(platformId, other, null);
        // The platform's own learner with a token from the identity provider, not from a launch.
        AgsFixture.post(Tokens.learner("plain-learner"), other, 5).then().statusCode(201);
        String plainStart = start(Tokens.learner("plain-learner"), quiz);
        submit(Tokens.learner("plain-learner"), plainStart, "");
        // A launch into one quiz grades that quiz only; a launch without a line item grades nothing.
        AgsFixture.post(launched.token(), other, 5).then().statusCode(201);
        AgsFixture.post(noLineitem.token(), other, 5).then().statusCode(201);

        AgsFixture.post(launched.token(), quiz, 3).then().statusCode(201);

        TestAgsPlatform.Received score = platform.nextScores(1, 10).getFirst();
        assertThat(score.body().path("scoreGiven").decimalValue()).isEqualByComparingTo("3");
        assertThat(fixture.count("select count(*) from quizbank.lti_attempt_launch where attempt_id = '" + plainStart + "'")).isZero();
        assertThat(fixture.count("select count(*) from quizbank.lti_score where platform_id = " + platformId)).isOne();
        assertThat(platform.allScores()).hasSize(1);
    }

    @Test
    void shouldSendWhatAStoppedInstanceLeftQueuedOrHalfSent() throws Exception {
        String lineitem = platform.lineitem("left");
        fixture.execute("insert into quizbank.lti_score (platform_id, lineitem, user_id, score_given, score_maximum, scored_at, state,"
                + " next_try_at) values (" + platformId + ", '" + lineitem + "', 'queued', 4, 25, now(), 'pending', now())");
        fixture.execute("insert into quizbank.lti_score (platform_id, lineitem, user_id, score_given, score_maximum, scored_at, state,"
                + " next_try_at, claimed_until) values (" + platformId + ", '" + lineitem + "', 'half-sent', 6, 25, now(), 'pending',"
                + " now() - interval '1 minute', now() - interval '1 second')");

        List<TestAgsPlatform.Received> scores = platform.nextScores(2, 10);

        assertThat(scores).extracting(score -> score.body().path("userId").asText()).containsExactlyInAnyOrder("queued", "half-sent");
        AgsFixture.eventually("both are marked sent", () -> fixture.state("queued").equals("sent") && fixture.state("half-sent").equals("sent"));
    }

    @Test
    void shouldStoreNoOneShotAttemptWhoseGradeCouldNotBeQueued() throws Exception {
        String quiz = fixture.quiz(null, GradingMethod.HIGHEST);
        AgsFixture.Learner learner = fixture.launched(platformId, quiz, platform.lineitem("atomic"));
        // The database goes down (as a failover's shutdown does) between the attempt's write and its score's.
        fixture.execute("create function quizbank.refuse_score() returns trigger language plpgsql as $$ begin"
                + " raise exception 'shutting down' using errcode = '57P01'; end $$;"
                + " create trigger refuse_score before insert on quizbank.lti_score for each row"
                + " when (new.user_id = '" + learner.sub() + "') execute function quizbank.refuse_score()");
        try {
            AgsFixture.post(learner.token(), quiz, 5).then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "5");
        } finally {
            fixture.execute("drop trigger refuse_score on quizbank.lti_score; drop function quizbank.refuse_score()");
        }

        assertThat(fixture.count("select count(*) from quizbank.attempt where learner_id = '" + learner.subject() + "'")).isZero();
        assertThat(fixture.count("select coalesce(sum(taken), 0) from quizbank.attempts_taken where learner_id = '"
                + learner.subject() + "'")).isZero();
        AgsFixture.post(learner.token(), quiz, 5).then().statusCode(201);
        assertThat(platform.nextScores(1, 10).getFirst().body().path("scoreGiven").decimalValue()).isEqualByComparingTo("5");
    }

    private static String start(String token, String quiz) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .when().post("/quizzes/" + quiz + "/attempts").then().statusCode(201).extract().path("id");
    }

    private static void submit(String token, String attempt, String answers) {
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body("{\"answers\":[" + answers + "]}")
                .when().post("/attempts/" + attempt + "/submit").then().statusCode(200);
    }
}
