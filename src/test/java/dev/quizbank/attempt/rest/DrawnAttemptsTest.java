package dev.quizbank.attempt.rest;

import static dev.quizbank.attempt.rest.Lifecycle.read;
import static dev.quizbank.attempt.rest.Lifecycle.save;
import static dev.quizbank.attempt.rest.Lifecycle.start;
import static dev.quizbank.attempt.rest.Lifecycle.submit;
import static dev.quizbank.support.Sheets.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.service.QuizPublisher;
import dev.quizbank.support.Seed;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Attempts that draw their questions from pools and shuffle them and their choices, each from its own stored seed. */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class DrawnAttemptsTest {

    /** Five of questions 1–10; the fifteen others always. */
    private static final List<QuizSettings.Pool> POOLS = List.of(new QuizSettings.Pool("first ten", 5, IntStream.rangeClosed(1, 10).boxed().toList()));

    @Inject
    QuizPublisher publisher;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void publishQuizzes() {
        publisher.publish("drawn", Seed.TEXT, Lifecycle.shuffled(true, POOLS));
        publisher.publish("drawn-learners", Seed.TEXT, Lifecycle.shuffled(false, POOLS));
    }

    private static List<Integer> numbers(Response attempt) {
        return attempt.jsonPath().getList("questions.number", Integer.class);
    }

    @Test
    void shouldGiveEachAttemptItsDrawInItsOwnOrderAndTheSameOnResume() throws SQLException {
        Response started = start(null, "drawn");
        started.then().statusCode(201).body("questions.size()", equalTo(20));
        List<Integer> drawn = numbers(started);
        assertThat(drawn).doesNotHaveDuplicates().containsAll(IntStream.rangeClosed(11, 25).boxed().toList());
        assertThat(drawn.stream().filter(n -> n <= 10)).hasSize(5);
        assertThat(storedQuestions(started.path("id"))).isEqualTo(drawn);

        Response resumed = read(null, started.path("id"));
        assertThat(resumed.jsonPath().getList("questions")).isEqualTo(started.jsonPath().getList("questions"));
        // The choices keep their keys and texts; only their order is the attempt's.
        for (Map<String, Object> question : resumed.jsonPath().<Map<String, Object>>getList("questions")) {
            Seed.SeedQuestion source = Seed.QUESTIONS.get((Integer) question.get("number") - 1);
            List<Map<String, String>> choices = ((List<?>) question.get("choices")).stream().map(c -> (Map<String, String>) c).toList();
            assertThat(choices).extracting(c -> c.get("key")).containsExactlyInAnyOrderElementsOf(source.choiceKeys());
            choices.forEach(c -> assertThat(c.get("text")).isEqualTo(source.choiceTexts().get(source.choiceKeys().indexOf(c.get("key")))));
        }
    }

    @Test
    void shouldDrawAndOrderAttemptsDifferently() {
        List<List<Integer>> orders = new ArrayList<>();
        Set<List<Object>> choiceOrders = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            Response started = start(null, "drawn");
            orders.add(numbers(started));
            Integer index = numbers(started).indexOf(15);
            choiceOrders.add(started.jsonPath().getList("questions[" + index + "].choices.key"));
        }
        // Six attempts all alike would happen with a probability far below 10^-20.
        assertThat(new HashSet<>(orders)).hasSizeGreaterThan(1);
        assertThat(choiceOrders).hasSizeGreaterThan(1);
    }

    @Test
    void shouldRefuseAResponseToAQuestionNotDrawnAndGradeOverTheDrawnOnes() throws SQLException {
        String learner = Tokens.learner("drawn-ann");
        Response started = start(learner, "drawn-learners");
        String id = started.path("id");
        List<Integer> drawn = numbers(started);
        int notDrawn = IntStream.rangeClosed(1, 10).filter(n -> !drawn.contains(n)).findFirst().orElseThrow();
        save(learner, id, "\"0\"", "{\"question\":" + notDrawn + ",\"choice\":\"A\"}").then().statusCode(422).contentType(PROBLEM_JSON)
            .body("violations[0].field", equalTo("answers[0].question"))
            .body("violations[0].message", containsString("not one of this attempt's questions"));
        submit(learner, id, "{\"question\":" + notDrawn + ",\"choice\":\"A\"}").then().statusCode(422).contentType(PROBLEM_JSON);
        read(learner, id).then().statusCode(200).body("state", equalTo("inProgress"));

        StringBuilder right = new StringBuilder();
        for (int number : drawn) {
            right.append(right.isEmpty() ? "" : ",").append("{\"question\":").append(number).append(",\"choice\":\"")
                .append(Seed.QUESTIONS.get(number - 1).correct()).append("\"}");
        }
        Response graded = submit(learner, id, right.toString());
        graded.then().statusCode(200).body("score", equalTo(20)).body("maxScore", equalTo(20)).body("percent", equalTo(100.0f))
            .body("answered", equalTo(20)).body("results.size()", equalTo(20));
        assertThat(graded.jsonPath().getList("results.question", Integer.class)).isEqualTo(drawn.stream().sorted().toList());
        assertThat(graded.<String>path("level")).isEqualTo(expertLevel());
        Lifecycle.as(learner).queryParam("quizId", "drawn-learners").when().get("/attempts").then().statusCode(200)
            .body("items[0].id", equalTo(id)).body("items[0].maxScore", equalTo(20)).body("items[0].percent", equalTo(100.0f))
            .body("items[0].level", equalTo(expertLevel()));
        byte[] given = storedGiven(id);
        assertThat(given).hasSize(4);
        for (int number = 1; number <= 25; number++) {
            assertThat((given[(number - 1) / 8] & (1 << ((number - 1) % 8))) != 0).isEqualTo(drawn.contains(number));
        }
    }

    /** The level of a full score: the first band of the seed's scoring guide. */
    private static String expertLevel() {
        return given().when().get("/quizzes/chapter-20").then().extract().path("scoringGuide[0].level");
    }

    private static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given();
    }

    private List<Integer> storedQuestions(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select questions from quizbank.started_attempt where id = ?::uuid")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return Arrays.asList((Integer[]) rs.getArray(1).getArray());
            }
        }
    }

    private byte[] storedGiven(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select given from quizbank.attempt where id = ?::uuid")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

}
