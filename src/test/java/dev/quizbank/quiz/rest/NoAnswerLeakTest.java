package dev.quizbank.quiz.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.quizbank.support.Seed;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Walks every public GET operation of the OpenAPI document (those anyone may call without a token),
 * and the document itself, and finds no correct choice and no explanation. GET /attempts/{attemptId}
 * is left out on purpose: it is the graded attempt, whose point is to show them.
 */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class NoAnswerLeakTest {

    private static final List<String> GRADED = List.of("/attempts/{attemptId}");
    /** An LMS's LTI login initiation: no read, but a redirect that needs the platform's parameters. */
    private static final List<String> NOT_READS = List.of("/lti/login");

    @Test
    void shouldRevealNoAnswerInAnyPublicRead() throws IOException {
        List<String> walked = walk("chapter-20", NoAnswerLeakTest::assertNoAnswer);
        assertThat(walked).contains("/quizzes", "/quizzes/chapter-20", "/quizzes/chapter-20/questions?version=1");

        for (String document : List.of("/q/openapi", "/q/openapi?format=json")) {
            assertNoExplanation(document, given().when().get(document).then().statusCode(200).extract().asString());
        }
    }

    /**
     * A quiz of every question type: no key, fraction, feedback or explanation of any type in any public read, and
     * ordering items and matching options never in the order of the key.
     */
    @Test
    void shouldRevealNoKeyOfAnyQuestionType() throws IOException {
        String source;
        try (InputStream in = getClass().getResourceAsStream("/question-types/every-type.json")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"every-type\"", "\"leak-every-type\"");
        }
        given().header("Authorization", "Bearer " + Tokens.author("ada")).contentType("application/json").body(source)
                .when().post("/quizzes").then().statusCode(201);

        List<String> walked = walk("leak-every-type", (url, everything) -> {
            assertThat(everything).as(url).doesNotContainIgnoringCase("correct").doesNotContainIgnoringCase("answer")
                    .doesNotContainIgnoringCase("explanation").doesNotContain("fraction").doesNotContain("feedback")
                    .doesNotContain("pairs").doesNotContain("\"scoring\"").doesNotContain("tolerance").doesNotContain("3.14")
                    .doesNotContain("Mars is small").doesNotContain("It is a star").doesNotContain("Close.")
                    .doesNotContain("Par*").doesNotContain("Rome is a distractor");
            assertThat(everything).as(url).doesNotContainPattern("\"key\":\"ant\"[^\\]]*\"key\":\"cat\"[^\\]]*\"key\":\"cow\"")
                    .doesNotContainPattern("\"key\":\"paris\"[^\\]]*\"key\":\"berlin\"[^\\]]*\"key\":\"rome\"");
        });
        assertThat(walked).contains("/quizzes/leak-every-type/questions?version=1");
        JsonNode questions = new ObjectMapper().readTree(given().when().get("/quizzes/leak-every-type/questions").asString())
                .get("questions");
        assertThat(questions.get(8).get("items").findValuesAsText("key")).containsExactlyInAnyOrder("ant", "cat", "cow")
                .isNotEqualTo(List.of("ant", "cat", "cow"));
        assertThat(questions.get(7).get("options").findValuesAsText("key")).containsExactlyInAnyOrder("paris", "berlin", "rome")
                .isNotEqualTo(List.of("paris", "berlin", "rome"));
    }

    /** Every public GET of the OpenAPI document with {@code {id}} as {@code quizId}, each body and its headers checked. */
    private static List<String> walk(String quizId, BiConsumer<String, String> check) throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi", "openapi.yaml").toFile()).get("paths");
        List<String> walked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getValue().has("get") || GRADED.contains(path.getKey()) || NOT_READS.contains(path.getKey())
                    || needsToken(path.getValue().get("get"))) {
                continue;
            }
            for (String query : List.of("", "?version=1", "?page=0&size=100")) {
                String url = path.getKey().replace("{id}", quizId) + query;
                Response response = given().when().get(url).then().statusCode(200).extract().response();
                check.accept(url, response.getHeaders().toString() + "\n" + response.asString());
                walked.add(url);
            }
        }
        return walked;
    }

    /** An operation whose security has no empty alternative cannot be called anonymously. */
    private static boolean needsToken(JsonNode operation) {
        JsonNode security = operation.get("security");
        if (security == null) {
            return false;
        }
        for (JsonNode alternative : security) {
            if (alternative.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static void assertNoAnswer(String url, String everything) {
        assertThat(everything).as(url).doesNotContainIgnoringCase("correct").doesNotContainIgnoringCase("answer")
                .doesNotContainIgnoringCase("explanation").doesNotContainIgnoringCase("solution");
        assertNoExplanation(url, everything);
    }

    private static void assertNoExplanation(String url, String everything) {
        for (Seed.SeedQuestion question : Seed.QUESTIONS) {
            String explanation = question.explanation();
            assertThat(everything).as(url + " shows the explanation of question " + question.number())
                    .doesNotContain(explanation.substring(0, Math.min(60, explanation.length())));
        }
    }
}
