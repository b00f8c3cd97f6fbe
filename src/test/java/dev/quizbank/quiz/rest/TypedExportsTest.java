package dev.quizbank.quiz.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * A quiz of every question type exported over HTTP: JSON and the native document hold every type and import
 * back unchanged, QTI 3 holds every one too, and GIFT and Moodle XML answer a question they cannot state with a
 * 406 problem that names it and says why.
 */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class TypedExportsTest {

    private static RequestSpecification author() {
        return given().header("Authorization", "Bearer " + Tokens.author("ada"));
    }

    private static void publish(String id) {
        String source;
        try (InputStream in = TypedExportsTest.class.getResourceAsStream("/question-types/every-type.json")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"every-type\"", "\"" + id + "\"");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        author().contentType("application/json").body(source).when().post("/quizzes").then().statusCode(201);
    }

    @Test
    void shouldImportTheNativeExportOfEveryTypeBackUnchanged() {
        publish("typed-native");
        String json = author().accept("application/json").when().get("/quizzes/typed-native/source")
                .then().statusCode(200).extract().asString();
        String markdown = author().accept("text/markdown").when().get("/quizzes/typed-native/source")
                .then().statusCode(200).header("Content-Type", startsWith("text/markdown")).extract().asString();
        assertThat(markdown).contains("Question 9 (ordering, longestOrderedSubset)");

        assertThat(markdown).contains("\nid: typed-native\n");
        author().contentType("text/markdown; charset=UTF-8").body(markdown.replace("\nid: typed-native\n", "\nid: typed-native-copy\n"))
                .when().post("/quizzes").then().statusCode(201);
        String copy = author().accept("application/json").when().get("/quizzes/typed-native-copy/source")
                .then().statusCode(200).extract().asString();
        assertThat(copy).isEqualTo(json.replace("\"typed-native\"", "\"typed-native-copy\""));
    }

    @Test
    void shouldPackageEveryTypeAsQti() {
        publish("typed-qti");
        byte[] zip = author().accept("application/zip").when().get("/quizzes/typed-qti/source")
                .then().statusCode(200).header("Content-Type", startsWith("application/zip")).extract().asByteArray();
        assertThat(zip).startsWith('P', 'K');
    }

    @Test
    void shouldRefuseGiftAndMoodleXmlNamingTheQuestionTheyCannotState() {
        publish("typed-refused");
        author().accept("text/x-gift").when().get("/quizzes/typed-refused/source").then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-exportable"))
                .body("detail", startsWith("Question 2 cannot be written as GIFT: GIFT has no points"));
        author().accept("application/xml").when().get("/quizzes/typed-refused/source").then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-exportable"))
                .body("detail", startsWith("Question 2 cannot be written as Moodle XML: Moodle's multichoice gives partial credit"));
    }
}
