package dev.quizbank.attempt.rest;

import static dev.quizbank.support.Sheets.PROBLEM_JSON;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.service.QuizPublisher;
import dev.quizbank.support.Seed;
import dev.quizbank.support.Sql;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Quiz settings and the attempts of learners (docs/identity.md). */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class LearnerAttemptsTest {

    @Inject
    QuizPublisher publisher;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void publishQuizzesWithSettings() {
        publisher.publish("review-marks", Seed.TEXT, new QuizSettings(QuizSettings.Review.CORRECTNESS, true, null));
        publisher.publish("review-totals", Seed.TEXT, new QuizSettings(QuizSettings.Review.SCORE, true, null));
        publisher.publish("exam", Seed.TEXT, new QuizSettings(QuizSettings.Review.SCORE, false, 3));
        publisher.publish("homework", Seed.TEXT, new QuizSettings(QuizSettings.Review.FULL, false, null));
    }

    private static RequestSpecification as(String token) {
        return token == null ? given() : given().header("Authorization", "Bearer " + token);
    }

    private static Response post(String token, String quizId) {
        return as(token).contentType(ContentType.JSON).body("{\"quizId\":\"" + quizId + "\",\"answers\":[{\"question\":1,\"choice\":\"C\"}]}")
            .when().post("/attempts");
    }

    private long attemptsAt(String quizId) throws SQLException {
        return Sql.count(dataSource, "select count(*) from quizbank.attempt where quiz_id = '" + quizId + "'");
    }

    @Test
    void shouldShowTheSettingsOfAVersion() {
        given().when().get("/quizzes/exam").then().statusCode(200)
            .body("settings.review", equalTo("score")).body("settings.anonymous", equalTo(false))
            .body("settings.maxAttempts", equalTo(3));
        given().when().get("/quizzes/chapter-20").then().statusCode(200)
            .body("settings.review", equalTo("full")).body("settings.anonymous", equalTo(true))
            .body("settings.maxAttempts", nullValue());
    }

    @Test
    void shouldRevealOnlyWhatTheReviewSettingAllowsOnPostAndGet() {
        Response correctness = post(null, "review-marks");
        correctness.then().statusCode(201)
            .body("results[0].correct", equalTo(true)).body("results[0].chosen", equalTo("C"))
            .body("results[0]", not(hasKey("correctChoice"))).body("results[0]", not(hasKey("explanation")));
        given().when().get(correctness.header("Location")).then().statusCode(200).body(equalTo(correctness.asString()));

        Response score = post(null, "review-totals");
        score.then().statusCode(201).body("score", equalTo(1)).body("level", equalTo("Needs Review")).body("$", not(hasKey("results")));
        given().when().get(score.header("Location")).then().statusCode(200).body(equalTo(score.asString()));
        assertThat(correctness.asString() + score.asString()).doesNotContain("explanation", "correctChoice");
    }

    @Test
    void shouldApplyTheCurrentSettingsToAnAttemptAtAnEarlierVersion() throws SQLException {
        int open = publisher.publish("tightened", Seed.TEXT, QuizSettings.SELF_STUDY);
        String atOpen = "{\"quizId\":\"tightened\",\"quizVersion\":" + open + ",\"answers\":[{\"question\":1,\"choice\":\"C\"}]}";
        String before = given().contentType(ContentType.JSON).body(atOpen).when().post("/attempts").then().statusCode(201)
            .body("results[0].correctChoice", equalTo("C")).extract().header("Location");

        int closed = publisher.publish("tightened", Seed.TEXT, new QuizSettings(QuizSettings.Review.SCORE, false, 1));
        assertThat(closed).isEqualTo(open + 1);

        given().contentType(ContentType.JSON).body(atOpen).when().post("/attempts").then().statusCode(401)
            .contentType(PROBLEM_JSON).header("WWW-Authenticate", "Bearer");
        String learner = Tokens.learner("tightened-ida");
        as(learner).contentType(ContentType.JSON).body(atOpen).when().post("/attempts").then().statusCode(201)
            .body("quizVersion", equalTo(open)).body("score", equalTo(1)).body("$", not(hasKey("results")));
        as(learner).contentType(ContentType.JSON).body(atOpen).when().post("/attempts").then().statusCode(403)
            .contentType(PROBLEM_JSON).body("type", equalTo("/problems/attempt-limit-reached"));
        assertThat(Sql.count(dataSource, "select count(*) from quizbank.attempt where learner_id = 'tightened-ida'")).isEqualTo(1);
        given().when().get(before).then().statusCode(200).body("quizVersion", equalTo(open)).body("$", not(hasKey("results")));
    }

    @Test
    void shouldAnswerAnEmptyPageForAQuizIdNoQuizCanHave() {
        as(Tokens.learner("nul-lea")).urlEncodingEnabled(false).queryParam("quizId", "a%00b").when().get("/attempts")
            .then().statusCode(200).body("items.size()", equalTo(0)).body("total", equalTo(0));
    }

    @Test
    void shouldAnswerAnEmptyPageFarPastTheEndInsteadOfWrappingAround() {
        String author = Tokens.author("paging-pat");
        post(Tokens.learner("paging-lee"), "chapter-20").then().statusCode(201);
        for (int[] far : new int[][] {{21474837, 100}, {67108864, 64}, {999999999, 100}}) {
            as(author).queryParam("page", far[0]).queryParam("size", far[1]).when().get("/attempts").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("page", equalTo(far[0])).body("size", equalTo(far[1]))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        }
    }

    @Test
    void shouldLetOnlyLearnersAttemptAQuizThatIsNotAnonymous() throws SQLException {
        long before = attemptsAt("homework");
        post(null, "homework").then().statusCode(401).contentType(PROBLEM_JSON).header("WWW-Authenticate", "Bearer");
        post(Tokens.author("bob"), "homework").then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        assertThat(attemptsAt("homework")).isEqualTo(before);
        post(Tokens.learner("homework-ada"), "homework").then().statusCode(201);
    }

    @Test
    void shouldStoreExactlyMaxAttemptsOfTwentyConcurrentOnes() throws Exception {
        String learner = Tokens.learner("exam-eve");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> post(learner, "exam"));
            }
            for (Future<Response> future : pool.invokeAll(calls)) {
                Response response = future.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 403) {
                    response.then().contentType(PROBLEM_JSON).body("type", equalTo("/problems/attempt-limit-reached"));
                }
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 403).hasSize(17);
        assertThat(Sql.count(dataSource, "select count(*) from quizbank.attempt where learner_id = 'exam-eve'")).isEqualTo(3);
        post(Tokens.learner("exam-finn"), "exam").then().statusCode(201);
    }

    @Test
    void shouldNotCountAReplayAsANewAttempt() throws SQLException {
        String learner = Tokens.learner("exam-gil");
        for (int i = 0; i < 3; i++) {
            as(learner).header("Idempotency-Key", "\"gil-first\"").contentType(ContentType.JSON)
                .body("{\"quizId\":\"exam\",\"answers\":[]}").when().post("/attempts").then().statusCode(201);
        }
        post(learner, "exam").then().statusCode(201);
        post(learner, "exam").then().statusCode(201);
        post(learner, "exam").then().statusCode(403);
        assertThat(Sql.count(dataSource, "select count(*) from quizbank.attempt where learner_id = 'exam-gil'")).isEqualTo(3);
    }

    @Test
    void shouldScopeIdempotencyKeysToTheCaller() {
        String body = "{\"quizId\":\"chapter-20\",\"answers\":[]}";
        String first = as(Tokens.learner("scope-ann")).header("Idempotency-Key", "\"shared-key\"").contentType(ContentType.JSON)
            .body(body).when().post("/attempts").then().statusCode(201).extract().path("id");
        String second = as(Tokens.learner("scope-ben")).header("Idempotency-Key", "\"shared-key\"").contentType(ContentType.JSON)
            .body(body).when().post("/attempts").then().statusCode(201).extract().path("id");
        assertThat(second).isNotEqualTo(first);
        String anonymous = given().header("Idempotency-Key", "\"shared-key\"").contentType(ContentType.JSON)
            .body(body).when().post("/attempts").then().statusCode(201).extract().path("id");
        assertThat(anonymous).isNotIn(first, second);
    }

    @Test
    void shouldShowALearnersAttemptToThemAndToAuthorsOnly() {
        String location = post(Tokens.learner("own-ada"), "chapter-20").then().statusCode(201).extract().header("Location");
        as(Tokens.learner("own-ada")).when().get(location).then().statusCode(200);
        as(Tokens.author("own-bob")).when().get(location).then().statusCode(200);
        as(Tokens.learner("own-cy")).when().get(location).then().statusCode(404).contentType(PROBLEM_JSON);
        given().when().get(location).then().statusCode(404);

        String anonymous = post(null, "chapter-20").then().statusCode(201).extract().header("Location");
        as(Tokens.learner("own-cy")).when().get(anonymous).then().statusCode(200);
    }

    @Test
    void shouldKnowALearnerByTheTokensSubjectNotItsUsername() {
        String location = post(Tokens.learnerNamed("subject-7f3a", "sam"), "chapter-20").then().statusCode(201)
            .extract().header("Location");
        as(Tokens.learnerNamed("subject-7f3a", "samuel")).when().get(location).then().statusCode(200);
        as(Tokens.learnerNamed("subject-other", "sam")).when().get(location).then().statusCode(404).contentType(PROBLEM_JSON);
        as(Tokens.learnerNamed("subject-7f3a", "samuel")).when().get("/attempts").then().statusCode(200)
            .body("total", equalTo(1));
        as(Tokens.learnerNamed("subject-other", "sam")).when().get("/attempts").then().statusCode(200)
            .body("total", equalTo(0));
    }

    @Test
    void shouldListALearnersOwnAttemptsNewestFirstAndAllToAuthors() {
        String learner = Tokens.learner("list-dee");
        List<String> posted = new ArrayList<>();
        for (String quiz : List.of("chapter-20", "review-totals", "chapter-20")) {
            posted.add(post(learner, quiz).then().statusCode(201).extract().path("id"));
        }
        post(Tokens.learner("list-other"), "chapter-20").then().statusCode(201);

        Response mine = as(learner).when().get("/attempts");
        mine.then().statusCode(200).body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(20));
        List<String> ids = mine.jsonPath().getList("items.id");
        assertThat(ids).containsExactlyInAnyOrderElementsOf(posted);
        List<String> times = mine.jsonPath().getList("items.submittedAt");
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        mine.then().body("items[0].maxScore", equalTo(25)).body("items[0]", hasKey("level"));

        as(learner).queryParam("quizId", "review-totals").when().get("/attempts").then().statusCode(200)
            .body("total", equalTo(1)).body("items[0].id", equalTo(posted.get(1)));
        as(learner).queryParam("size", 2).queryParam("page", 1).when().get("/attempts").then().statusCode(200)
            .body("items.size()", equalTo(1));
        as(learner).queryParam("size", 101).when().get("/attempts").then().statusCode(400).contentType(PROBLEM_JSON);

        Response all = as(Tokens.author("list-eve")).queryParam("size", 100).when().get("/attempts");
        all.then().statusCode(200);
        assertThat(all.jsonPath().getInt("total")).isGreaterThanOrEqualTo(4);
    }
}
