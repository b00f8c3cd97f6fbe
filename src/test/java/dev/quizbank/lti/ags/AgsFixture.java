package dev.quizbank.lti.ags;

import static io.restassured.RestAssured.given;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import dev.quizbank.lti.session.LaunchRecord;
import dev.quizbank.lti.session.LaunchStore;
import dev.quizbank.lti.session.SessionTokens;
import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.service.QuizPublisher;
import dev.quizbank.support.Seed;
import dev.quizbank.support.Sql;
import dev.quizbank.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * What the AGS tests share: a test platform registered over HTTP, quizzes of their own, and learners launched from
 * that platform. A launch is stored the way POST /lti/launch stores one (LaunchStore) and its session token minted the
 * way POST /lti/session mints one (SessionTokens): the launch itself is LtiSessionTest's subject, not these tests'.
 */
@ApplicationScoped
class AgsFixture {

    /** A learner as a launch made them: the platform's sub, the Quizbank subject and the session token. */
    record Learner(String sub, String subject, String token, UUID launch) {
    }

    private final QuizPublisher publisher;
    private final LaunchStore launches;
    private final SessionTokens sessions;
    private final DataSource dataSource;

    AgsFixture(QuizPublisher publisher, LaunchStore launches, SessionTokens sessions, DataSource dataSource) {
        this.publisher = publisher;
        this.launches = launches;
        this.sessions = sessions;
        this.dataSource = dataSource;
    }

    static TestAgsPlatform platform() {
        return TestAgsPlatform.start("http://localhost:" + RestAssured.port + "/lti/jwks");
    }

    static long register(TestAgsPlatform platform) {
        return given().header("Authorization", "Bearer " + Tokens.admin("operator")).contentType(ContentType.JSON)
                .body(platform.registration())
                .when().post("/lti/platforms")
                .then().statusCode(201).extract().<Integer>path("id").longValue();
    }

    /** Publishes chapter-20 as a new quiz for learners, timed or not, graded by {@code method}; returns its id. */
    String quiz(Integer timeLimitSeconds, QuizSettings.GradingMethod method) {
        // After chapter-20 in the catalogue's order, so that the first page of GET /quizzes other tests read still shows it.
        String id = "lti-ags-" + UUID.randomUUID().toString().substring(0, 8);
        publisher.publish(id, Seed.TEXT, new QuizSettings(QuizSettings.ReviewPhases.always(QuizSettings.Review.FULL), false, null,
                List.of(), timeLimitSeconds, 0, false, false, null, null, List.of(), method));
        return id;
    }

    /** A learner launched from {@code platform} into {@code quizId}, the launch carrying {@code lineitem} and the score scope. */
    Learner launched(long platformId, String quizId, String lineitem) {
        String sub = "user-" + UUID.randomUUID();
        String subject = "lti:" + platformId + ":" + sub;
        LaunchRecord launch = new LaunchRecord(UUID.randomUUID(), platformId, "deployment-1", "LtiResourceLinkRequest", sub, subject,
                "learner", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"), Optional.of("link-" + quizId),
                Optional.of("course-1"), Optional.of(quizId), Optional.ofNullable(lineitem), Optional.empty(),
                List.of(TestAgsPlatform.SCORE_SCOPE), Optional.empty(), Optional.empty());
        QuarkusTransaction.requiringNew().run(() -> launches.save(launch, "digest-" + launch.id(), Duration.ofMinutes(1)));
        return new Learner(sub, subject, sessions.issue(launch).token(), launch.id());
    }

    /** A one-shot attempt at {@code quizId}: the first {@code right} questions answered right, the rest left out. */
    static Response post(String token, String quizId, int right) {
        StringBuilder answers = new StringBuilder();
        for (int n = 1; n <= right; n++) {
            answers.append(n == 1 ? "" : ",").append("{\"question\":").append(n).append(",\"choice\":\"")
                    .append(Seed.QUESTIONS.get(n - 1).correct()).append("\"}");
        }
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body("{\"quizId\":\"" + quizId + "\",\"answers\":[" + answers + "]}").when().post("/attempts");
    }

    /** The learner's grade at the quiz as GET /quizzes/{id}/grades gives it to them: score and maxScore. */
    static List<Float> grade(String token, String quizId) {
        var grade = given().header("Authorization", "Bearer " + token).when().get("/quizzes/" + quizId + "/grades")
                .then().statusCode(200).extract().jsonPath();
        return List.of(grade.getFloat("items[0].grade.score"), grade.getFloat("items[0].grade.maxScore"));
    }

    long count(String sql) throws SQLException {
        return Sql.count(dataSource, sql);
    }

    /** The outbox state of the platform user's score (pending, sent, failed), or none. */
    String state(String userId) {
        try {
            for (String state : List.of("pending", "sent", "failed")) {
                if (count("select count(*) from quizbank.lti_score where state = '" + state + "' and user_id = '" + userId + "'") == 1) {
                    return state;
                }
            }
            return "none";
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sql) throws SQLException {
        Sql.execute(dataSource, sql);
    }

    /** Waits, up to ten seconds, for what the sender does after a platform's answer to reach the database. */
    static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never: " + what);
            }
            Thread.sleep(50);
        }
    }
}
