package dev.quizbank.quiz.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.RawHttp;
import dev.quizbank.support.Seed;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A quiz belongs to its publisher and the authors its settings.owners lists; they and role admin
 * manage it (edit, retire, restore, read its source, versions and statistics), every other author
 * gets a 403. The bundled chapter-20 belongs to admin alone.
 */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class QuizOwnershipTest {

    private static final String MARKDOWN_UTF8 = "text/markdown; charset=UTF-8";
    private static final String PUBLISHER = Tokens.author("olga");
    private static final String CO_OWNER = Tokens.author("colin");
    private static final String ADMIN = Tokens.admin("root");
    private static final String STRANGER = Tokens.author("mallory");

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static String document(String id, String owners) {
        return "---\nid: " + id + "\nreview: full\nanonymous: true\nmaxAttempts: unlimited\n" + owners + "---\n" + Seed.TEXT;
    }

    private static void publish(String id) {
        as(PUBLISHER).contentType(MARKDOWN_UTF8).body(document(id, "owners: colin\n")).when().post("/quizzes")
            .then().statusCode(201).body("version", equalTo(1));
    }

    private static String etag(String id) {
        return given().when().get("/quizzes/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static List<Integer> versions(String id) {
        return as(ADMIN).when().get("/quizzes/" + id + "/versions").then().statusCode(200).extract().jsonPath().getList("version");
    }

    /** Each operation of the owners, on a quiz; the changes name the current version, so that only ownership may refuse them. */
    private static Map<String, BiFunction<RequestSpecification, String, Response>> operations() {
        return Map.of(
                "PUT", (caller, id) -> caller.contentType(MARKDOWN_UTF8).header("If-Match", etag(id))
                        .body(document(id, "owners: colin\n").replace("Which Python HTTP library", "Edited: which library"))
                        .when().put("/quizzes/" + id),
                "DELETE", (caller, id) -> caller.header("If-Match", etag(id)).when().delete("/quizzes/" + id),
                "restore", (caller, id) -> caller.contentType(ContentType.JSON).when().post("/quizzes/" + id + "/restore"),
                "versions", (caller, id) -> caller.when().get("/quizzes/" + id + "/versions"),
                "source", (caller, id) -> caller.accept("application/json").when().get("/quizzes/" + id + "/source"),
                "statistics", (caller, id) -> caller.when().get("/quizzes/" + id + "/statistics"));
    }

    @Test
    void shouldLetThePublisherACoOwnerAndAdminManageAQuiz() {
        String[][] managers = {{"publisher", PUBLISHER, "olga"}, {"co-owner", CO_OWNER, "colin"}, {"admin", ADMIN, "root"}};
        for (String[] manager : managers) {
            String id = "owned-by-" + manager[0];
            publish(id);
            RequestSpecification caller = as(manager[1]);
            var ops = operations();
            ops.get("versions").apply(caller, id).then().statusCode(200).body("publishedBy", contains("olga"));
            ops.get("source").apply(as(manager[1]), id).then().statusCode(200).body("settings.owners", contains("colin"));
            ops.get("statistics").apply(as(manager[1]), id).then().statusCode(200).body("quizId", equalTo(id));
            ops.get("PUT").apply(as(manager[1]), id).then().statusCode(200).body("version", equalTo(2));
            as(manager[1]).when().get("/quizzes/" + id + "/versions").then().body("publishedBy", contains("olga", manager[2]));
            ops.get("DELETE").apply(as(manager[1]), id).then().statusCode(204);
            given().when().get("/quizzes/" + id).then().statusCode(404);
            ops.get("restore").apply(as(manager[1]), id).then().statusCode(200).contentType("application/json")
                .body("id", equalTo(id)).body("version", equalTo(2));
            given().when().get("/quizzes/" + id).then().statusCode(200).body("version", equalTo(2));
        }
    }

    @Test
    void shouldRefuseAnotherAuthorWith403AndChangeNothing() {
        publish("owned-refusing");
        String tag = etag("owned-refusing");
        operations().forEach((name, operation) -> {
            Response answer = operation.apply(as(STRANGER), "owned-refusing");
            answer.then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-quiz-owner"))
                .body("title", equalTo("Forbidden"))
                .body("status", equalTo(403))
                .body("detail", containsString("owners and role admin"))
                .body("$", not(hasKey("stackTrace")));
            assertThat(answer.asString()).as(name).doesNotContain("dev.quizbank", "Exception");
        });
        // Ownership is asked first: a stranger learns nothing of the preconditions either.
        as(STRANGER).when().delete("/quizzes/owned-refusing").then().statusCode(403).body("type", equalTo("/problems/not-quiz-owner"));
        for (String drawing : List.of("histogram", "items")) {
            as(STRANGER).when().get("/quizzes/owned-refusing/statistics/" + drawing).then().statusCode(403);
        }
        assertThat(etag("owned-refusing")).isEqualTo(tag);
        assertThat(versions("owned-refusing")).containsExactly(1);
        given().queryParam("size", 100).when().get("/quizzes").then().body("items.id", hasItem("owned-refusing"));
    }

    @Test
    void shouldRestoreARetiredQuizWithEveryVersionAndItsAttempts() throws Exception {
        publish("owned-restored");
        operations().get("PUT").apply(as(PUBLISHER), "owned-restored").then().statusCode(200).body("version", equalTo(2));
        String sheet = "{\"quizId\":\"owned-restored\",\"answers\":[{\"question\":1,\"choice\":\"C\"}]}";
        String attempt = given().contentType(ContentType.JSON).body(sheet).when().post("/attempts").then().statusCode(201)
            .extract().header("Location");
        String tag = etag("owned-restored");
        String detail = given().when().get("/quizzes/owned-restored").asString();
        as(PUBLISHER).header("If-Match", tag).when().delete("/quizzes/owned-restored").then().statusCode(204);
        given().queryParam("size", 100).when().get("/quizzes").then().body("items.id", not(hasItem("owned-restored")));
        given().contentType(ContentType.JSON).body(sheet).when().post("/attempts").then().statusCode(422);
        as(PUBLISHER).when().get("/quizzes/owned-restored/versions").then().statusCode(404);

        as(PUBLISHER).contentType(ContentType.JSON).header("If-Match", "\"stale\"").when().post("/quizzes/owned-restored/restore")
            .then().statusCode(412).contentType("application/problem+json").body("type", equalTo("/problems/version-conflict"));
        as(STRANGER).contentType(ContentType.JSON).when().post("/quizzes/owned-restored/restore")
            .then().statusCode(403).body("type", equalTo("/problems/not-quiz-owner"));
        given().when().get("/quizzes/owned-restored").then().statusCode(404);

        Response restored = as(PUBLISHER).contentType(ContentType.JSON).header("If-Match", tag).when().post("/quizzes/owned-restored/restore");
        restored.then().statusCode(200).header("ETag", tag).body("version", equalTo(2));
        assertThat(restored.asString()).isEqualTo(detail);
        given().when().get("/quizzes/owned-restored").then().statusCode(200).header("ETag", tag);
        given().when().get("/quizzes/owned-restored/questions?version=1").then().statusCode(200);
        given().queryParam("size", 100).when().get("/quizzes").then().body("items.id", hasItem("owned-restored"));
        assertThat(versions("owned-restored")).containsExactly(1, 2);
        given().when().get(attempt).then().statusCode(200).body("results[0].correct", equalTo(true));
        given().contentType(ContentType.JSON).body(sheet).when().post("/attempts").then().statusCode(201);

        // A quiz in service stays as it is: a retried restore is harmless.
        as(PUBLISHER).contentType(ContentType.JSON).when().post("/quizzes/owned-restored/restore")
            .then().statusCode(200).header("ETag", tag).body("version", equalTo(2));
        as(PUBLISHER).contentType(ContentType.JSON).when().post("/quizzes/no-such-quiz/restore")
            .then().statusCode(404).contentType("application/problem+json");
        // An id no stored quiz can have, with a byte PostgreSQL refuses outright (a probe found a 500 here).
        as(PUBLISHER).contentType(ContentType.JSON).urlEncodingEnabled(false).when().post("/quizzes/owned-restored%00/restore")
            .then().statusCode(404).contentType("application/problem+json");
        // Like every POST, a restore names a Content-Type (raw: REST-assured would add one).
        RawHttp.Answer bare = RawHttp.send(RestAssured.port, "POST /quizzes/owned-restored/restore HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + PUBLISHER + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertThat(bare.status()).isEqualTo(415);
        assertThat(bare.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void shouldKeepTheBundledQuizToAdmin() {
        String seed = as(ADMIN).when().get("/quizzes/chapter-20/source").then().statusCode(200).extract().asString();
        String tag = etag("chapter-20");
        operations().forEach((name, operation) -> operation.apply(as(PUBLISHER), "chapter-20").then()
            .statusCode(403).body("type", equalTo("/problems/not-quiz-owner")));
        assertThat(etag("chapter-20")).isEqualTo(tag);

        // The same document publishes nothing: admin may edit it, and chapter-20 stays as the other tests know it.
        as(ADMIN).contentType(MARKDOWN_UTF8).header("If-Match", tag).body(seed).when().put("/quizzes/chapter-20")
            .then().statusCode(200).header("ETag", tag).body("version", equalTo(1));
        as(ADMIN).when().get("/quizzes/chapter-20/versions").then().statusCode(200).body("[0].publishedBy", equalTo(null));
        as(ADMIN).when().get("/quizzes/chapter-20/statistics").then().statusCode(200);
        try {
            as(ADMIN).header("If-Match", tag).when().delete("/quizzes/chapter-20").then().statusCode(204);
            given().when().get("/quizzes/chapter-20").then().statusCode(404);
        } finally {
            as(ADMIN).contentType(ContentType.JSON).when().post("/quizzes/chapter-20/restore").then().statusCode(200);
        }
        given().when().get("/quizzes/chapter-20").then().statusCode(200).header("ETag", tag);
    }

    @Test
    void shouldCarryOwnersInEveryFormatThatHasSettingsAndKeepThemOutOfThePublicReads() {
        String json = as(ADMIN).accept("application/json").when().get("/quizzes/chapter-20/source").asString()
            .replace("\"id\" : \"chapter-20\"", "\"id\" : \"owned-formats\"")
            .replace("\"maxAttempts\" : null", "\"maxAttempts\" : null, \"owners\" : [ \"colin\", \"Smith, John\", \" spaced \" ]");
        as(PUBLISHER).contentType(ContentType.JSON).body(json).when().post("/quizzes").then().statusCode(201)
            .body("settings", not(hasKey("owners")));
        given().when().get("/quizzes/owned-formats").then().body("settings", not(hasKey("owners")))
            .body("settings.review", equalTo("full"));

        String markdown = as(PUBLISHER).when().get("/quizzes/owned-formats/source").then().statusCode(200).extract().asString();
        assertThat(markdown).contains("\nmaxAttempts: unlimited\nowners: [\"colin\",\"Smith, John\",\" spaced \"]\n---\n");
        String tag = etag("owned-formats");
        as(PUBLISHER).contentType(MARKDOWN_UTF8).header("If-Match", tag).body(markdown).when().put("/quizzes/owned-formats")
            .then().statusCode(200).body("version", equalTo(1));
        String exported = as(PUBLISHER).accept("application/json").when().get("/quizzes/owned-formats/source").asString();
        assertThat(JsonPath.from(exported).getList("settings.owners")).containsExactly("colin", "Smith, John", " spaced ");
        as(PUBLISHER).contentType(ContentType.JSON).header("If-Match", tag).body(exported).when().put("/quizzes/owned-formats")
            .then().statusCode(200).body("version", equalTo(1));
        as(Tokens.author("Smith, John")).when().get("/quizzes/owned-formats/versions").then().statusCode(200);

        // GIFT states no settings: an edit in GIFT keeps the owners.
        String gift = as(CO_OWNER).accept("text/x-gift").when().get("/quizzes/owned-formats/source").asString()
            .replace("Which Python HTTP library", "Which library");
        as(CO_OWNER).contentType("text/x-gift; charset=UTF-8").header("If-Match", tag).body(gift).when().put("/quizzes/owned-formats")
            .then().statusCode(200).body("version", equalTo(2));
        as(PUBLISHER).accept("application/json").when().get("/quizzes/owned-formats/source").then()
            .body("settings.owners", contains("colin", "Smith, John", " spaced "));

        // Plain names between commas, as an author types them; settings without owners leave the publisher alone.
        as(PUBLISHER).contentType(MARKDOWN_UTF8).header("If-Match", etag("owned-formats"))
            .body(document("owned-formats", "owners: colin ,  grace\n")).when().put("/quizzes/owned-formats")
            .then().statusCode(200).body("version", equalTo(3));
        as(Tokens.author("grace")).accept("application/json").when().get("/quizzes/owned-formats/source").then().statusCode(200)
            .body("settings.owners", contains("colin", "grace"));
        as(CO_OWNER).contentType(MARKDOWN_UTF8).header("If-Match", etag("owned-formats")).body(document("owned-formats", ""))
            .when().put("/quizzes/owned-formats").then().statusCode(200).body("version", equalTo(4));
        as(CO_OWNER).when().get("/quizzes/owned-formats/versions").then().statusCode(403);
        as(PUBLISHER).when().get("/quizzes/owned-formats/versions").then().statusCode(200).body("version", contains(1, 2, 3, 4));
    }

    @Test
    void shouldRefuseOwnersThatNameNoOneWithEveryProblemAtItsPlace() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            many.add("\"author-" + i + "\"");
        }
        String json = as(ADMIN).accept("application/json").when().get("/quizzes/chapter-20/source").asString()
            .replace("\"id\" : \"chapter-20\"", "\"id\" : \"owned-invalid\"");
        String bad = json.replace("\"maxAttempts\" : null", "\"maxAttempts\" : null, \"owners\" : [ \"colin\", \"\", \"a\\u0000b\", \""
            + "x".repeat(256) + "\", \"colin\", 7, \"   \" ]");
        as(PUBLISHER).contentType(ContentType.JSON).body(bad).when().post("/quizzes").then().statusCode(422)
            .contentType("application/problem+json")
            .body("violations.field", contains("settings.owners[5]", "settings.owners[1]", "settings.owners[2]", "settings.owners[3]",
                    "settings.owners[4]", "settings.owners[6]"))
            .body("violations[1].message", containsString("not an author's subject"))
            .body("violations[4].message", equalTo("the owner 'colin' is listed twice"));
        as(PUBLISHER).contentType(ContentType.JSON).body(json.replace("\"maxAttempts\" : null",
                "\"maxAttempts\" : null, \"owners\" : [ " + String.join(", ", many) + " ]"))
            .when().post("/quizzes").then().statusCode(422).body("violations.field", contains("settings.owners"))
            .body("violations[0].message", equalTo("a quiz has at most 100 further owners, this one 101"));
        as(PUBLISHER).contentType(ContentType.JSON).body(json.replace("\"maxAttempts\" : null", "\"maxAttempts\" : null, \"owners\" : \"colin\""))
            .when().post("/quizzes").then().statusCode(422).body("violations.field", contains("settings.owners"));
        as(PUBLISHER).contentType(MARKDOWN_UTF8).body(document("owned-invalid", "owners: colin, , colin\n")).when().post("/quizzes")
            .then().statusCode(422).body("violations.field", contains("line 6", "line 6"));
        as(PUBLISHER).contentType(MARKDOWN_UTF8).body(document("owned-invalid", "owners: [\"colin\", 7]\n")).when().post("/quizzes")
            .then().statusCode(422).body("violations[0].field", equalTo("line 6"))
            .body("violations[0].message", containsString("owners is a list of author subjects"));
        given().when().get("/quizzes/owned-invalid").then().statusCode(404);
    }
}
