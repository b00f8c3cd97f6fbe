package dev.quizbank.quiz.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.Seed;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(TestDatabase.class)
class AuthoringResourceTest {

    private static final String MARKDOWN = "text/markdown";
    /** REST-assured would send text in ISO-8859-1 otherwise. */
    private static final String MARKDOWN_UTF8 = "text/markdown; charset=UTF-8";

    private static RequestSpecification author() {
        return given().header("Authorization", "Bearer " + Tokens.author("ada"));
    }

    /** The bundled chapter-20 is role admin's: no author owns it. */
    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + Tokens.admin("root"));
    }

    private static String nativeQuiz(String id) {
        return "---\nid: " + id + "\n---\n" + Seed.TEXT;
    }

    private static String etag(String id) {
        return given().when().get("/quizzes/" + id).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void shouldPublishANativeDocumentAndServeIt() {
        Response created = author().contentType(MARKDOWN_UTF8).body(nativeQuiz("authored-native"))
                .when().post("/quizzes");
        created.then().statusCode(201)
                .header("Location", "/quizzes/authored-native")
                .header("ETag", not(nullValue()))
                .body("id", equalTo("authored-native"))
                .body("version", equalTo(1))
                .body("questionCount", equalTo(25))
                .body("scoringGuide", hasSize(5));
        assertThat(created.header("ETag")).isEqualTo(etag("authored-native"));
        given().when().get("/quizzes/authored-native/questions").then().statusCode(200)
                .body("questions[0].text", equalTo(Seed.QUESTIONS.get(0).text()));
        given().queryParam("size", 100).when().get("/quizzes").then().body("items.id", hasItem("authored-native"));

        author().contentType(MARKDOWN_UTF8).body(nativeQuiz("authored-native")).when().post("/quizzes")
                .then().statusCode(409).contentType("application/problem+json").body("type", equalTo("/problems/quiz-exists"));
    }

    @Test
    void shouldTakeTheIdFromTheQueryWhenTheDocumentNamesNone() {
        author().contentType(MARKDOWN_UTF8).body(Seed.TEXT).queryParam("id", "authored-query")
                .when().post("/quizzes").then().statusCode(201).header("Location", "/quizzes/authored-query");
        author().contentType(MARKDOWN_UTF8).body(Seed.TEXT).when().post("/quizzes")
                .then().statusCode(422).body("violations[0].field", equalTo("id"));
        author().contentType(MARKDOWN_UTF8).body(nativeQuiz("authored-one")).queryParam("id", "authored-other")
                .when().post("/quizzes").then().statusCode(422).body("violations[0].message", equalTo("the document's id 'authored-one' is not 'authored-other'"));
    }

    @Test
    void shouldRefuseABrokenDocumentWithEveryProblemAtItsLineAndStoreNothing() {
        String broken = nativeQuiz("authored-broken")
                .replace("Answer **C) `httpx`**", "Answer **E) `httpx`**")
                .replace("13-17 Developing", "14-17 Developing");
        author().contentType(MARKDOWN_UTF8).body(broken).when().post("/quizzes").then()
                .statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("line 19", "line 266"))
                .body("violations[0].message", equalTo("question 1: the answer E is not one of its choices A, B, C, D"))
                .body("violations[1].message", equalTo("the scoring guide has a gap: no level covers score 13"));
        given().when().get("/quizzes/authored-broken").then().statusCode(404);
    }

    @Test
    void shouldExportAnEarlierVersionAndRefuseAMalformedOrMissingOne() {
        admin().queryParam("version", 1).accept("application/json").when().get("/quizzes/chapter-20/source").then()
                .statusCode(200).header("Content-Disposition", "attachment; filename=\"chapter-20-v1.json\"");
        admin().queryParam("version", "x").when().get("/quizzes/chapter-20/source").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("version"))
                .body("violations.in", contains("query"))
                .body("violations.message", contains("must be a whole number from 1"));
        admin().queryParam("version", 999).when().get("/quizzes/chapter-20/source").then()
                .statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Quiz 'chapter-20' has no version 999."));
    }

    @Test
    void shouldPlaceJsonProblemsByTheirPath() {
        String json = admin().accept("application/json")
                .when().get("/quizzes/chapter-20/source").then().statusCode(200).extract().asString()
                .replace("\"id\" : \"chapter-20\"", "\"id\" : \"authored-json\"");
        author().contentType("application/json").body(json.replace("\"answer\" : \"B\"", "\"answer\" : \"Q\"")
                .replace("\"title\" : \"Working", "\"colour\" : \"blue\", \"title\" : \"Working"))
                .when().post("/quizzes").then().statusCode(422)
                .body("violations.field", hasItem("colour"))
                .body("violations.field", hasItem("questions[2].answer"));
        author().contentType("application/json").body(json).when().post("/quizzes").then().statusCode(201)
                .body("id", equalTo("authored-json"));
    }

    @Test
    void shouldPublishAGiftExportAsAQuizWithTheSameQuestionsAndNoScoringGuide() {
        String gift = admin().accept("text/x-gift").when().get("/quizzes/chapter-20/source").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"chapter-20-v1.gift\"").extract().asString();
        author().contentType("text/x-gift; charset=UTF-8").body(gift).queryParam("id", "authored-gift").when().post("/quizzes")
                .then().statusCode(201)
                .body("title", equalTo("Working with External APIs and Integrations"))
                .body("scoringGuide", hasSize(0));
        String original = admin().accept("application/json").when().get("/quizzes/chapter-20/source").asString();
        String imported = author().accept("application/json").when().get("/quizzes/authored-gift/source").asString();
        assertThat(JsonPath.from(imported).getList("questions")).isEqualTo(JsonPath.from(original).getList("questions"));

        given().contentType("application/json").body("{\"quizId\":\"authored-gift\",\"answers\":[{\"question\":1,\"choice\":\"C\"}]}")
                .when().post("/attempts").then().statusCode(201)
                .body("results[0].correct", equalTo(true)).body("level", nullValue());
    }

    @Test
    void shouldKeepSettingsAndWhatGiftCannotStateWhenEditingInGift() {
        String exam = "---\nid: authored-exam\nreview: score\nanonymous: false\nmaxAttempts: 3\n---\n" + Seed.TEXT;
        author().contentType(MARKDOWN_UTF8).body(exam).when().post("/quizzes").then().statusCode(201);
        String gift = author().accept("text/x-gift").when().get("/quizzes/authored-exam/source").asString()
                .replace("Which Python HTTP library", "Which library");
        author().contentType("text/x-gift; charset=UTF-8").header("If-Match", etag("authored-exam")).body(gift)
                .when().put("/quizzes/authored-exam").then().statusCode(200)
                .body("version", equalTo(2))
                .body("settings.review", equalTo("score"))
                .body("settings.anonymous", equalTo(false))
                .body("settings.maxAttempts", equalTo(3))
                .body("chapter", equalTo(20))
                .body("scoringGuide", hasSize(5));
        String unstated = Seed.TEXT.replace("Which Python HTTP library", "Which HTTP library");
        author().contentType(MARKDOWN_UTF8).header("If-Match", etag("authored-exam")).body(unstated)
                .when().put("/quizzes/authored-exam").then().statusCode(200)
                .body("version", equalTo(3)).body("settings.review", equalTo("score"));
    }

    @Test
    void shouldRefuseAGiftQuestionTypeThatIsNotGradedAtItsLine() {
        String gift = "$CATEGORY: $course$/top/Mixed\n\n::Q1:: Which? {=yes ~no ####Because.}\n\n::Q2:: Write an essay. {}\n";
        author().contentType("text/x-gift; charset=UTF-8").body(gift).queryParam("id", "authored-essay").when().post("/quizzes")
                .then().statusCode(422)
                .body("violations[0].field", equalTo("line 5"))
                .body("violations[0].message", containsString("essay"));
    }

    @Test
    void shouldEditOnlyOnTopOfTheCurrentVersion() {
        author().contentType(MARKDOWN_UTF8).body(nativeQuiz("authored-edit")).when().post("/quizzes").then().statusCode(201);
        String first = etag("authored-edit");
        String edited = nativeQuiz("authored-edit").replace("Which Python HTTP library", "Which HTTP library for Python");

        author().contentType(MARKDOWN_UTF8).body(edited).when().put("/quizzes/authored-edit").then()
                .statusCode(428).contentType("application/problem+json").body("type", equalTo("/problems/precondition-required"));
        author().contentType(MARKDOWN_UTF8).header("If-Match", "\"stale\"").body(edited).when().put("/quizzes/authored-edit").then()
                .statusCode(412).body("type", equalTo("/problems/version-conflict"));
        author().contentType(MARKDOWN_UTF8).header("If-Match", first).body(edited).when().put("/quizzes/authored-edit").then()
                .statusCode(200).body("version", equalTo(2));
        author().contentType(MARKDOWN_UTF8).header("If-Match", first).body(edited).when().put("/quizzes/authored-edit").then()
                .statusCode(412);
        String second = etag("authored-edit");
        author().contentType(MARKDOWN_UTF8).header("If-Match", second).body(edited).when().put("/quizzes/authored-edit").then()
                .statusCode(200).body("version", equalTo(2)).header("ETag", second);

        given().when().get("/quizzes/authored-edit/questions?version=1").then().body("questions[0].text",
                equalTo(Seed.QUESTIONS.get(0).text()));
        author().when().get("/quizzes/authored-edit/versions").then().statusCode(200)
                .body("version", contains(1, 2))
                .body("publishedBy", contains("ada", "ada"))
                .body("questionCount", contains(25, 25))
                .body("[0].publishedAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        admin().when().get("/quizzes/chapter-20/versions").then().statusCode(200)
                .body("[0].version", equalTo(1)).body("[0].publishedBy", nullValue());
    }

    @Test
    void shouldLetExactlyOneOfConcurrentEditsWin() throws Exception {
        author().contentType(MARKDOWN_UTF8).body(nativeQuiz("authored-race")).when().post("/quizzes").then().statusCode(201);
        String tag = etag("authored-race");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> edits = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String body = nativeQuiz("authored-race").replace("Which Python HTTP library", "Edit " + i + ": which library");
                edits.add(() -> author().contentType(MARKDOWN_UTF8).header("If-Match", tag).body(body)
                        .when().put("/quizzes/authored-race").statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> done : pool.invokeAll(edits)) {
                statuses.add(done.get());
            }
            assertThat(statuses).containsOnly(200, 412).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdown();
        }
        author().when().get("/quizzes/authored-race/versions").then().body("version", contains(1, 2));
    }

    @Test
    void shouldRetireAQuizAndKeepItsAttemptsReadable() {
        author().contentType(MARKDOWN_UTF8).body(nativeQuiz("authored-retired")).when().post("/quizzes").then().statusCode(201);
        String sheet = "{\"quizId\":\"authored-retired\",\"answers\":[{\"question\":1,\"choice\":\"C\"}]}";
        String attempt = given().contentType("application/json").body(sheet).when().post("/attempts")
                .then().statusCode(201).extract().header("Location");

        author().when().delete("/quizzes/authored-retired").then().statusCode(428);
        author().header("If-Match", etag("authored-retired")).when().delete("/quizzes/authored-retired").then().statusCode(204);

        given().when().get("/quizzes/authored-retired").then().statusCode(404);
        given().when().get("/quizzes/authored-retired/questions").then().statusCode(404);
        given().queryParam("size", 100).when().get("/quizzes").then().body("items.id", not(hasItem("authored-retired")));
        given().contentType("application/json").body(sheet).when().post("/attempts").then().statusCode(422);
        given().when().get(attempt).then().statusCode(200).body("results[0].correct", equalTo(true));
        author().contentType(MARKDOWN_UTF8).body(nativeQuiz("authored-retired")).when().post("/quizzes").then().statusCode(409);
    }

    @Test
    void shouldExportInEveryFormatAndImportTheNativeAndJsonExportsUnchanged() {
        author().contentType(MARKDOWN_UTF8).body(nativeQuiz("authored-export")).when().post("/quizzes").then().statusCode(201);
        String tag = etag("authored-export");
        for (String[] format : new String[][] {{MARKDOWN, "md"}, {"application/json", "json"}}) {
            String exported = author().accept(format[0]).when().get("/quizzes/authored-export/source").then()
                    .statusCode(200).contentType(format[0])
                    .header("Content-Disposition", "attachment; filename=\"authored-export-v1." + format[1] + "\"")
                    .extract().asString();
            author().contentType(format[0] + "; charset=UTF-8").header("If-Match", tag).body(exported).when().put("/quizzes/authored-export")
                    .then().statusCode(200).body("version", equalTo(1));
            assertThat(author().accept(format[0]).when().get("/quizzes/authored-export/source").asString()).isEqualTo(exported);
        }
        String nativeExport = author().when().get("/quizzes/authored-export/source").then().contentType(MARKDOWN_UTF8).extract().asString();
        assertThat(nativeExport).startsWith("---\nid: authored-export\nreview: full\nanonymous: true\nmaxAttempts: unlimited\n---\n");
        author().accept("text/html").when().get("/quizzes/authored-export/source").then().statusCode(406)
                .contentType("application/problem+json");
        author().when().get("/quizzes/authored-export/source?version=9").then().statusCode(404);
    }

    @Test
    void shouldRefuseWhatIsNotASourceFormatOrTooLarge() {
        author().contentType("text/plain; charset=UTF-8").body(Seed.TEXT).when().post("/quizzes").then().statusCode(415)
                .contentType("application/problem+json");
        author().contentType(MARKDOWN_UTF8).body(new byte[] {(byte) 0xC3, 0x28}).when().post("/quizzes").then().statusCode(422)
                .body("violations[0].message", equalTo("not UTF-8 text"));
        author().contentType("text/markdown; charset=klingon").body(Seed.TEXT.getBytes(StandardCharsets.UTF_8)).when().post("/quizzes").then().statusCode(415)
                .contentType("application/problem+json");
        author().contentType("text/markdown; charset=ISO-8859-1").body(nativeQuiz("authored-latin1").replace("•", "*")
                .replace("Which Python HTTP library", "Which Python HTTP librarý").getBytes(StandardCharsets.ISO_8859_1))
                .when().post("/quizzes").then().statusCode(201);
        given().when().get("/quizzes/authored-latin1/questions").then().statusCode(200)
                .body("questions[0].text", startsWith("Which Python HTTP librarý"));
        author().contentType(MARKDOWN_UTF8).body(Seed.TEXT + "x".repeat(1024 * 1024)).when().post("/quizzes").then()
                .statusCode(413).contentType("application/problem+json");
    }

    @Test
    void shouldReadADocumentThatStartsWithAByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        for (var document : List.of(Map.entry("authored-bom-native", MARKDOWN_UTF8), Map.entry("authored-bom-json", "application/json"))) {
            String id = document.getKey();
            String text = document.getValue().equals(MARKDOWN_UTF8) ? nativeQuiz(id)
                    : admin().accept("application/json").when().get("/quizzes/chapter-20/source").then().statusCode(200)
                            .extract().asString().replaceFirst("\"id\"\\s*:\\s*\"chapter-20\"", "\"id\": \"" + id + "\"");
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[bom.length + utf8.length];
            System.arraycopy(bom, 0, body, 0, bom.length);
            System.arraycopy(utf8, 0, body, bom.length, utf8.length);
            author().contentType(document.getValue()).body(body).when().post("/quizzes")
                    .then().statusCode(201).body("id", equalTo(id)).body("questionCount", equalTo(25));
        }
    }

    @Test
    void shouldKeepAuthoringToAuthors() {
        given().contentType(MARKDOWN_UTF8).body(nativeQuiz("authored-anon")).when().post("/quizzes").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer");
        given().header("Authorization", "Bearer " + Tokens.learner("lee")).contentType(MARKDOWN_UTF8).body(nativeQuiz("authored-anon"))
                .when().post("/quizzes").then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        given().header("Authorization", "Bearer " + Tokens.learner("lee")).when().get("/quizzes/chapter-20/source")
                .then().statusCode(403);
        given().when().get("/quizzes/chapter-20/versions").then().statusCode(401);
        given().when().delete("/quizzes/chapter-20").then().statusCode(401);
    }
}
