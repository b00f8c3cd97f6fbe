package dev.quizbank.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.quizbank.quiz.QuizSettings.GradingMethod;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A platform that fails: busy (429 with Retry-After), broken (5xx), or refusing a token (401). Scores are tried again
 * later, given up after quiz.lti.ags.max-tries (4 here), and a token is asked for once per expiry, once more on a 401.
 */
@QuarkusTest
@WithTestResource(dev.quizbank.support.TestDatabase.class)
class ScoreRetryTest {

    @Inject
    AgsFixture fixture;

    @Inject
    PlatformTokens tokens;

    TestAgsPlatform platform;
    long platformId;
    String quiz;

    @BeforeEach
    void startPlatform() {
        platform = AgsFixture.platform();
        platformId = AgsFixture.register(platform);
        quiz = fixture.quiz(null, GradingMethod.HIGHEST);
    }

    @AfterEach
    void stopPlatform() throws SQLException {
        platform.close();
        fixture.execute("delete from quizbank.lti_score where platform_id = " + platformId);
    }

    @Test
    void shouldTryABusyPlatformAgainWhenItsRetryAfterSays() throws Exception {
        platform.failScores(new TestAgsPlatform.Failure(429, "2"));
        AgsFixture.Learner learner = fixture.launched(platformId, quiz, platform.lineitem("busy"));

        AgsFixture.post(learner.token(), quiz, 4).then().statusCode(201);

        List<TestAgsPlatform.Received> tries = platform.nextScores(2, 15);
        assertThat(Duration.between(tries.get(0).at(), tries.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        assertThat(tries.get(1).body()).isEqualTo(tries.get(0).body());
        AgsFixture.eventually("the score is marked sent", () -> fixture.state(learner.sub()).equals("sent"));
        // Once acknowledged, never again: the next grade is the next request the platform sees.
        AgsFixture.post(learner.token(), quiz, 8).then().statusCode(201);
        assertThat(platform.nextScores(1, 10).getFirst().body().path("scoreGiven").asInt()).isEqualTo(8);
        assertThat(platform.allScores()).hasSize(3);
    }

    @Test
    void shouldBackOffExponentiallyFromAFailingPlatformAndGiveUpAfterTheBound() throws Exception {
        platform.failScores(new TestAgsPlatform.Failure(500, null), new TestAgsPlatform.Failure(503, null),
                new TestAgsPlatform.Failure(502, null), new TestAgsPlatform.Failure(500, null));
        AgsFixture.Learner learner = fixture.launched(platformId, quiz, platform.lineitem("broken"));

        AgsFixture.post(learner.token(), quiz, 4).then().statusCode(201);

        List<TestAgsPlatform.Received> tries = platform.nextScores(4, 20);
        // quiz.lti.ags.backoff is 300ms here: 300, 600, 1200 at least between tries.
        for (int i = 1; i < tries.size(); i++) {
            assertThat(Duration.between(tries.get(i - 1).at(), tries.get(i).at())).isGreaterThanOrEqualTo(Duration.ofMillis(300L << (i - 1)));
        }
        AgsFixture.eventually("the score is given up", () -> fixture.state(learner.sub()).equals("failed"));
        assertThat(fixture.count("select tries from quizbank.lti_score where user_id = '" + learner.sub() + "'")).isEqualTo(4);
        // A newer grade is tried afresh.
        AgsFixture.post(learner.token(), quiz, 9).then().statusCode(201);
        assertThat(platform.nextScores(1, 10).getFirst().body().path("scoreGiven").asInt()).isEqualTo(9);
        AgsFixture.eventually("the newer score is sent", () -> fixture.state(learner.sub()).equals("sent"));
    }

    @Test
    void shouldAskForANewTokenOnceWhenThePlatformRefusesOne() throws Exception {
        platform.failScores(new TestAgsPlatform.Failure(401, null));
        AgsFixture.Learner learner = fixture.launched(platformId, quiz, platform.lineitem("refused"));

        AgsFixture.post(learner.token(), quiz, 4).then().statusCode(201);

        List<TestAgsPlatform.Received> tries = platform.nextScores(2, 10);
        assertThat(platform.issuedTokens()).hasSize(2);
        assertThat(tries).extracting(TestAgsPlatform.Received::token).containsExactlyElementsOf(platform.issuedTokens());
        assertThat(platform.tokenRequests()).isEqualTo(2);
        assertThat(platform.assertionProblems()).isEmpty();
        AgsFixture.eventually("the score is marked sent", () -> fixture.state(learner.sub()).equals("sent"));
    }

    @Test
    void shouldSendManyScoresWithOneToken() throws Exception {
        List<AgsFixture.Learner> learners = List.of(fixture.launched(platformId, quiz, platform.lineitem("many")),
                fixture.launched(platformId, quiz, platform.lineitem("many")), fixture.launched(platformId, quiz, platform.lineitem("many")),
                fixture.launched(platformId, quiz, platform.lineitem("many")), fixture.launched(platformId, quiz, platform.lineitem("many")));

        for (AgsFixture.Learner learner : learners) {
            AgsFixture.post(learner.token(), quiz, 3).then().statusCode(201);
        }

        List<TestAgsPlatform.Received> scores = platform.nextScores(5, 15);
        assertThat(scores).extracting(score -> score.body().path("userId").asText())
                .containsExactlyInAnyOrderElementsOf(learners.stream().map(AgsFixture.Learner::sub).toList());
        assertThat(platform.tokenRequests()).isOne();
        assertThat(scores).extracting(TestAgsPlatform.Received::token).containsOnly(platform.issuedTokens().getFirst());
    }

    @Test
    void shouldMakeOneTokenRequestForCallersThatAskAtOnce() throws Exception {
        platform.delayTokens(300);
        PlatformTokens.Grant grant = new PlatformTokens.Grant(platform.tokenUrl(), platform.clientId(), TestAgsPlatform.SCORE_SCOPE);
        int callers = 8;
        CountDownLatch ready = new CountDownLatch(callers);
        Callable<String> ask = () -> {
            ready.countDown();
            ready.await();
            return tokens.token(grant);
        };
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            List<Future<String>> answers = threads.invokeAll(java.util.Collections.nCopies(callers, ask));
            for (Future<String> answer : answers) {
                assertThat(answer.get()).isEqualTo(platform.issuedTokens().getFirst());
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(platform.tokenRequests()).isOne();
        assertThat(platform.assertionProblems()).isEmpty();
    }
}
