package dev.quizbank;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.ServiceProcess;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;

/**
 * The web client in a real browser: the Playwright tests of src/main/webui/tests drive Debian's
 * Chromium headless against the packaged service on a fresh database, run axe-core on every screen
 * and keep a screenshot of each in target/screenshots. What they did is then checked over the API.
 */
class WebClientIT {

    private static final Path WEBUI = Path.of("src", "main", "webui");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
    private static final String[] SCREENS = {"learner-01-quizzes", "learner-02-sign-in", "learner-03-one-question",
        "learner-04-all-questions", "learner-05-not-confirmed", "learner-06-review", "learner-07-my-attempts",
        "phone-01-question", "author-01-home", "author-02-violations", "author-03-edit", "author-04-conflict",
        "author-05-learner-review", "author-06-statistics", "author-07-retired", "author-08-last-page", "swagger-ui",
        "learner-08-token-refused", "mixed-1200-all-answered", "mixed-1200-review", "mixed-390-review", "editor-01-questions",
        "editor-03-edit-390", "editor-04-refused", "timed-1200-start", "timed-390-start", "timed-1200-attempt", "timed-390-attempt",
        "timed-390-offline", "timed-1200-time-up", "timed-390-time-up"};
    private static final String[] TYPES = {"single", "multiple", "trueFalse", "shortText", "numeric", "matching", "ordering"};

    @Test
    void shouldTakeAuthorAndReviewQuizzesInChromium() throws Exception {
        String database = TestDatabase.create();
        try (ServiceProcess service = ServiceProcess.start(database, Map.of("quiz.rate-limit.enabled", "false",
                "mp.jwt.verify.publickey.location", Tokens.PUBLIC_KEY.toAbsolutePath().toString(),
                "mp.jwt.verify.issuer", Tokens.ISSUER))) {
            service.awaitReady(Duration.ofSeconds(90));
            String output = runBrowserTests(service.baseUrl);

            assertThat(output).contains("# fail 0").containsPattern("# pass [1-9]");
            for (String screen : SCREENS) {
                assertThat(SCREENSHOTS.resolve(screen + ".png")).as(screen).isNotEmptyFile();
            }
            for (String type : TYPES) {
                for (String screen : List.of("mixed-1200-" + type, "mixed-390-" + type, "editor-02-" + type)) {
                    assertThat(SCREENSHOTS.resolve(screen + ".png")).as(screen).isNotEmptyFile();
                }
            }
            given().baseUri(service.baseUrl).header("Authorization", "Bearer " + Tokens.learner("ada"))
                .when().get("/attempts")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].quizId", equalTo("chapter-20"));
            given().baseUri(service.baseUrl).when().get("/quizzes/browser-gift")
                .then().statusCode(404).contentType("application/problem+json");
            given().baseUri(service.baseUrl).header("Authorization", "Bearer " + Tokens.author("grace"))
                .queryParam("quizId", "browser-gift").when().get("/attempts")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].quizVersion", equalTo(3));
            // One anonymous attempt at the mixed quiz; seven questions added in the form, one changed over the API and one edited in the form, one refused.
            given().baseUri(service.baseUrl).header("Authorization", "Bearer " + Tokens.author("grace"))
                .queryParam("quizId", "browser-mixed").when().get("/attempts")
                .then().statusCode(200).body("total", equalTo(1));
            // The timed quiz: one attempt from two browsers, handed in by the service when its time was up.
            given().baseUri(service.baseUrl).header("Authorization", "Bearer " + Tokens.learner("lin"))
                .queryParam("quizId", "browser-timed").when().get("/attempts")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].quizVersion", equalTo(1));
            given().baseUri(service.baseUrl).when().get("/quizzes/browser-editor")
                .then().statusCode(200).body("version", equalTo(10)).body("questionCount", equalTo(21));
            // The page is not part of the API document, so it is fetched without the contract check.
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(service.baseUrl + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    policy -> assertThat(policy).startsWith("default-src 'self'"));
            assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(page.body()).contains("<html lang=\"en\">");
        } finally {
            TestDatabase.drop(database);
        }
    }

    /** Runs the browser tests to the end; their TAP report is printed and returned. */
    private static String runBrowserTests(String baseUrl) throws Exception {
        Path report = Files.createTempFile("quizbank-browser-", ".tap");
        ProcessBuilder builder = new ProcessBuilder("node", "--test", "--test-concurrency=1", "tests/")
                .directory(WEBUI.toFile()).redirectErrorStream(true).redirectOutput(report.toFile());
        builder.environment().putAll(Map.of("BASE_URL", baseUrl, "SCREENSHOTS", SCREENSHOTS.toString(),
                "LEARNER_TOKEN", Tokens.learner("ada"), "CLASSMATE_TOKEN", Tokens.learner("bob"),
                "AUTHOR_TOKEN", Tokens.author("grace"), "REFUSED_TOKEN", Tokens.wrongKey("mallory"), "TIMED_TOKEN", Tokens.learner("lin")));
        Process browser = builder.start();
        boolean finished = browser.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            browser.destroyForcibly().waitFor();
        }
        String output = Files.readString(report);
        Files.delete(report);
        System.out.println(output);
        assertThat(finished).as("the browser tests finished within 5 minutes").isTrue();
        assertThat(browser.exitValue()).as(output).isZero();
        return output;
    }
}
