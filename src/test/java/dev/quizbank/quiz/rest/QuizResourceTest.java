package dev.quizbank.quiz.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.quizbank.quiz.service.QuizPublisher;
import dev.quizbank.support.Seed;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(TestDatabase.class)
class QuizResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    QuizPublisher publisher;

    @TestHTTPResource(value = "metrics", management = true)
    URL metricsUrl;

    @Test
    void shouldListTheBundledQuiz() {
        given()
            .when().get("/quizzes")
            .then()
                .statusCode(200)
                .contentType("application/json")
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.id", hasItem("chapter-20"))
                .body("items.find { it.id == 'chapter-20' }.title", equalTo("Working with External APIs and Integrations"))
                .body("items.find { it.id == 'chapter-20' }.chapter", equalTo(20))
                .body("items.find { it.id == 'chapter-20' }.description",
                        equalTo("Test your understanding of external API integration concepts, patterns, and best practices."))
                .body("items.find { it.id == 'chapter-20' }.questionCount", equalTo(25))
                .body("items.find { it.id == 'chapter-20' }.version", equalTo(1));
    }

    @Test
    void shouldPageThroughQuizzes() {
        publisher.publish("paging-a", Seed.TEXT);
        publisher.publish("paging-b", Seed.TEXT);
        List<String> all = given().queryParam("size", 100).when().get("/quizzes").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
        int total = all.size();
        assertThat(all).isSorted().contains("chapter-20", "paging-a", "paging-b");

        given().queryParam("page", 1).queryParam("size", 1)
            .when().get("/quizzes")
            .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(all.get(1))))
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("total", equalTo(total));
        given().queryParam("page", total).queryParam("size", 1)
            .when().get("/quizzes")
            .then()
                .statusCode(200)
                .body("items", empty())
                .body("total", equalTo(total));
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=0", "size=101", "size=abc", "page=-1", "page=1.5", "page=99999999999"})
    void shouldNotListWithPagingOutOfBounds(String query) {
        String field = query.substring(0, query.indexOf('='));
        given()
            .when().get("/quizzes?" + query)
            .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("type", notNullValue())
                .body("detail", notNullValue())
                .body("violations.field", equalTo(List.of(field)))
                .body("violations[0].in", equalTo("query"));
    }

    @Test
    void shouldGetTheQuizWithItsScoringGuideAsInTheSource() {
        JsonPath quiz = given()
            .when().get("/quizzes/chapter-20")
            .then()
                .statusCode(200)
                .contentType("application/json")
                .body("id", equalTo("chapter-20"))
                .body("title", equalTo("Working with External APIs and Integrations"))
                .body("chapter", equalTo(20))
                .body("questionCount", equalTo(25))
                .body("maxScore", equalTo(25))
                .body("version", equalTo(1))
                .extract().jsonPath();
        List<Map<String, Object>> bands = quiz.getList("scoringGuide");
        assertThat(bands).hasSize(5);
        for (int i = 0; i < 5; i++) {
            Seed.SeedBand source = Seed.BANDS.get(i);
            Map<String, Object> band = bands.get(i);
            assertThat(band).containsEntry("minScore", source.min()).containsEntry("maxScore", source.max());
            assertThat(band.get("level") + " " + band.get("recommendation")).isEqualTo(source.rest());
        }
        assertThat(bands).extracting(b -> b.get("level"))
                .containsExactly("Expert", "Proficient", "Developing", "Beginning", "Needs Review");
    }

    @Test
    void shouldServeEveryQuestionAndChoiceByteEqualToTheSource() {
        JsonPath body = given()
            .when().get("/quizzes/chapter-20/questions")
            .then()
                .statusCode(200)
                .contentType("application/json")
                .body("quizId", equalTo("chapter-20"))
                .body("version", equalTo(1))
                .body("questions", hasSize(25))
                .extract().jsonPath();
        int choices = 0;
        for (int i = 0; i < 25; i++) {
            Seed.SeedQuestion source = Seed.QUESTIONS.get(i);
            String at = "questions[" + i + "].";
            assertThat(body.getInt(at + "number")).isEqualTo(source.number());
            assertThat(body.getString(at + "text")).isEqualTo(source.text());
            assertThat(body.getList(at + "choices.key", String.class)).isEqualTo(source.choiceKeys());
            assertThat(body.getList(at + "choices.text", String.class)).isEqualTo(source.choiceTexts());
            assertThat(body.getMap(at)).containsOnlyKeys("number", "type", "points", "text", "choices");
            assertThat(body.getString(at + "type")).isEqualTo("single");
            assertThat(body.getInt(at + "points")).isEqualTo(1);
            body.getList(at + "choices", Map.class).forEach(c -> assertThat(c).containsOnlyKeys("key", "text"));
            choices += source.choiceKeys().size();
        }
        assertThat(choices).isEqualTo(100);
    }

    @Test
    void shouldNotRevealAnswersOrExplanations() {
        for (String path : List.of("/quizzes", "/quizzes/chapter-20", "/quizzes/chapter-20/questions")) {
            Response response = given().when().get(path).then().statusCode(200).extract().response();
            String everything = response.getHeaders().toString() + response.asString();
            assertThat(everything).doesNotContainIgnoringCase("correct").doesNotContainIgnoringCase("explanation")
                    .doesNotContainIgnoringCase("answer");
            for (Seed.SeedQuestion question : Seed.QUESTIONS) {
                assertThat(everything).doesNotContain(question.explanation());
            }
        }
    }

    @Test
    void shouldAnswerNotModifiedForACurrentETag() {
        for (String path : List.of("/quizzes/chapter-20", "/quizzes/chapter-20/questions")) {
            String etag = given().when().get(path).then()
                    .statusCode(200)
                    .header("Cache-Control", equalTo("public, max-age=60"))
                    .header("ETag", notNullValue())
                    .extract().header("ETag");
            assertThat(etag).matches("\"[A-Za-z0-9_-]+\"");

            given().header("If-None-Match", etag)
                .when().get(path)
                .then()
                    .statusCode(304)
                    .header("ETag", equalTo(etag))
                    .body(equalTo(""));
            given().header("If-None-Match", "\"other\", " + etag)
                .when().get(path)
                .then().statusCode(304);
            given().header("If-None-Match", "\"stale\"")
                .when().get(path)
                .then().statusCode(200).header("ETag", equalTo(etag));
        }
    }

    /**
     * A plain GET is answered by QuizReadRoute (before the token check without a token, after it with
     * one); the same GET with an Accept that the route leaves to content negotiation goes on to
     * QuizResource. Both must send the same bytes and headers.
     */
    @Test
    void shouldAnswerPlainReadsAsTheResourceDoes() throws Exception {
        String etag = given().when().get("/quizzes/chapter-20").then().statusCode(200).extract().header("ETag");
        for (String path : List.of("/quizzes/chapter-20", "/quizzes/chapter-20/questions",
                "/quizzes/chapter-20?version=1", "/quizzes/chapter-20/questions?version=1")) {
            for (List<String> headers : List.of(List.<String>of(), List.of("Accept-Encoding", "gzip"),
                    List.of("Accept-Encoding", "deflate"), List.of("If-None-Match", etag),
                    List.of("Authorization", "Bearer " + Tokens.learner("ada"), "Accept-Encoding", "gzip"))) {
                int answered = ResourceAnswers.COUNT.get();
                HttpResponse<byte[]> route = read(path, "application/json", headers);
                assertThat(ResourceAnswers.COUNT.get()).as("answered by the route " + path + " " + headers).isEqualTo(answered);
                HttpResponse<byte[]> resource = read(path, "application/json;q=0.9", headers);
                assertThat(ResourceAnswers.COUNT.get()).as("answered by the resource " + path + " " + headers).isEqualTo(answered + 1);
                assertThat(route.statusCode()).as(path + " " + headers).isIn(200, 304).isEqualTo(resource.statusCode());
                assertThat(route.body()).as(path + " " + headers).isEqualTo(resource.body());
                for (String header : List.of("Content-Type", "Content-Encoding", "ETag", "Cache-Control", "Vary")) {
                    assertThat(route.headers().allValues(header)).as(path + " " + headers + " " + header)
                            .isEqualTo(resource.headers().allValues(header));
                }
            }
        }
        given().header("Origin", "https://app.example.org").when().get("/quizzes/chapter-20/questions")
            .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://app.example.org")
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        HttpResponse<byte[]> otherOrigin = read("/quizzes/chapter-20/questions", "application/json", List.of("Origin", "https://evil.example"));
        assertThat(otherOrigin.statusCode()).isEqualTo(403);
        assertThat(otherOrigin.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(otherOrigin.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metricsUrl.toURI()).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).contains("uri=\"/quizzes/{id}/questions\"").doesNotContain("/quizzes/:id");
    }

    private HttpResponse<byte[]> read(String path, String accept, List<String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Accept", accept);
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void shouldChangeTheETagWithANewVersionAndKeepServingTheOldOne() {
        publisher.publish("versioned", Seed.TEXT);
        String v1Tag = given().when().get("/quizzes/versioned/questions").then()
                .statusCode(200).body("version", equalTo(1)).extract().header("ETag");

        String changed = Seed.TEXT.replace("Which Python HTTP library", "Which Python HTTP client library");
        assertThat(publisher.publish("versioned", changed)).isEqualTo(2);

        String v2Tag = given().header("If-None-Match", v1Tag)
            .when().get("/quizzes/versioned/questions")
            .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("questions[0].text", containsString("HTTP client library"))
                .extract().header("ETag");
        assertThat(v2Tag).isNotEqualTo(v1Tag);

        given().queryParam("version", 1)
            .when().get("/quizzes/versioned/questions")
            .then()
                .statusCode(200)
                .header("ETag", equalTo(v1Tag))
                .header("Cache-Control", containsString("immutable"))
                .body("version", equalTo(1))
                .body("questions[0].text", equalTo(Seed.QUESTIONS.get(0).text()));
        given().queryParam("version", 1)
            .when().get("/quizzes/versioned")
            .then().statusCode(200).body("version", equalTo(1));
        given()
            .when().get("/quizzes/versioned")
            .then().statusCode(200).body("version", equalTo(2));
    }

    @Test
    void shouldNotFindUnknownQuizzesOrVersions() {
        for (String path : List.of("/quizzes/chapter-99", "/quizzes/chapter-99/questions",
                "/quizzes/chapter-20?version=7", "/quizzes/chapter-20/questions?version=7")) {
            given()
                .when().get(path)
                .then()
                    .statusCode(404)
                    .contentType(PROBLEM_JSON)
                    .body("status", equalTo(404))
                    .body("title", equalTo("Not Found"))
                    .body("type", equalTo("/problems/not-found"))
                    .body("detail", containsString(path.contains("99") ? "no quiz 'chapter-99'" : "no version 7"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "x", "1e3"})
    void shouldNotAcceptAMalformedVersion(String version) {
        given().queryParam("version", version)
            .when().get("/quizzes/chapter-20/questions")
            .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", equalTo(List.of("version")))
                .body("violations.in", equalTo(List.of("query")))
                .body("violations.message", equalTo(List.of("must be a whole number from 1")));
    }

    @Test
    void shouldAnswerUnknownPathsAndMethodsWithProblems() {
        given().when().get("/nothing/here").then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(404))
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Not Found"));
        given().when().patch("/quizzes/chapter-20").then()
                .statusCode(405)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(405))
                .body("title", equalTo("Method Not Allowed"))
                .body(not(containsString("Exception")));
    }
}
