package dev.quizbank.lti;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The new inputs mangled at random (registrations, logins, launches, codes, deep links): only 4xx problems come out. */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class LaunchFuzzTest {

    private static final List<String> TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"", "null", "true", "1e999", "-1", "\\u0000",
            "\"issuer\": 1,", "\"clientId\": \"\",", "https://", "..", "%00", "eyJhbGciOiJub25lIn0", "=", "&", "\u202e", "😀");
    private static final String SEED = PlatformRegistrationTest.body("https://lms.example.org", "fuzz-client");

    private static String mutate(Random random, String seed) {
        StringBuilder text = new StringBuilder(seed);
        for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
            int at = random.nextInt(text.length() + 1);
            int cut = Math.min(text.length() - at, random.nextInt(12));
            text.replace(at, at + cut, TOKENS.get(random.nextInt(TOKENS.size())));
        }
        return text.toString();
    }

    private static void onlyProblemsOrSuccess(Response answer) {
        int status = answer.statusCode();
        assertThat(status).as(answer.asString()).isLessThan(500);
        if (status >= 400) {
            assertThat(answer.contentType()).matches("(application/problem\\+json|text/html).*");
            assertThat(answer.asString()).doesNotContain("Exception").doesNotContain("at dev.quizbank");
        }
    }

    @Test
    void shouldAnswerMangledRegistrationsWithProblems() {
        Random random = new Random(27);
        for (int i = 0; i < 300; i++) {
            onlyProblemsOrSuccess(given().header("Authorization", "Bearer " + Tokens.admin("fuzz")).contentType(ContentType.JSON)
                .body(mutate(random, SEED)).when().post("/lti/platforms"));
        }
    }

    @Test
    void shouldAnswerMangledLoginsLaunchesAndCodesWithProblems() {
        Random random = new Random(2027);
        String query = "iss=https%3A%2F%2Flms.example.org&login_hint=h&target_link_uri=http%3A%2F%2Flocalhost%2Flti%2Flaunch&client_id=c";
        String launch = "id_token=eyJhbGciOiJSUzI1NiIsImtpZCI6ImsifQ.eyJpc3MiOiJ4In0.c2ln&state=abc";
        for (int i = 0; i < 200; i++) {
            onlyProblemsOrSuccess(given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body(mutate(random, query)).when().post("/lti/login"));
            onlyProblemsOrSuccess(given().accept(i % 2 == 0 ? "text/html" : "application/problem+json")
                .contentType("application/x-www-form-urlencoded").body(mutate(random, launch)).when().post("/lti/launch"));
            onlyProblemsOrSuccess(given().contentType(ContentType.JSON).body(mutate(random, "{\"code\": \"abc\"}"))
                .when().post("/lti/session"));
            onlyProblemsOrSuccess(given().header("Authorization", "Bearer " + Tokens.author("fuzz")).contentType(ContentType.JSON)
                .body(mutate(random, "{\"quizId\": \"chapter-20\"}")).when().post("/lti/deep-links"));
        }
    }
}
