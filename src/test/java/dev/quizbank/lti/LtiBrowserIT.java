package dev.quizbank.lti;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

import dev.quizbank.lti.ags.TestAgsPlatform;
import dev.quizbank.lti.launch.LtiClaims;
import dev.quizbank.support.ServiceProcess;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.restassured.http.ContentType;

/**
 * A launch in a real browser: the test platform's course page (on 127.0.0.1) frames the packaged tool (on localhost,
 * another site), the learner takes chapter-20 in the frame, the attempt is theirs, and its grade arrives at the
 * platform's gradebook through AGS; an instructor's deep linking launch opens the quiz picker in the frame, and the
 * quiz they place comes back to the platform in the signed response. axe-core checks each screen and a screenshot of
 * each is kept in target/screenshots (src/main/webui/tests/lti-frame.test.mjs).
 */
class LtiBrowserIT {

    private static final Path WEBUI = Path.of("src", "main", "webui");
    private static final String TEACHER = "frame-teacher";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

    @Test
    void shouldTakeAQuizLaunchedInACrossOriginFrame() throws Exception {
        String database = TestDatabase.create();
        try (TestPlatform platform = TestPlatform.start()) {
            try (ServiceProcess service = ServiceProcess.start(database, Map.of("quiz.rate-limit.enabled", "false",
                    "mp.jwt.verify.publickey.location", Tokens.PUBLIC_KEY.toAbsolutePath().toString(), "mp.jwt.verify.issuer", Tokens.ISSUER))) {
                service.awaitReady(Duration.ofSeconds(90));
                // The service on localhost, the platform on 127.0.0.1: two sites, as an LMS and a tool are.
                String tool = service.baseUrl.replace("127.0.0.1", "localhost");
                try (TestAgsPlatform grades = TestAgsPlatform.start(tool + "/lti/jwks", platform.clientId())) {
                    int platformId = given().baseUri(tool).header("Authorization", "Bearer " + Tokens.admin("operator"))
                        .contentType(ContentType.JSON).body(platform.registration(grades.tokenUrl()))
                        .when().post("/lti/platforms").then().statusCode(201).extract().path("id");
                    // The login hint tells the platform whom it launches: the instructor to place a quiz, else the learner.
                    platform.answerWith(request -> platform.sign(TEACHER.equals(request.get("login_hint"))
                        ? platform.deepLinking(request.get("nonce"), request.get("redirect_uri"), TEACHER,
                                "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor").build()
                        : platform.resourceLink(request.get("nonce"), request.get("redirect_uri"),
                                "frame-learner", "chapter-20", "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner")
                            .claim(LtiClaims.AGS_ENDPOINT, Map.of("scope", List.of(TestAgsPlatform.SCORE_SCOPE), "lineitem", grades.lineitem("7")))
                            .build()));
                    takeTheQuiz(platform, grades, tool, platformId);
                }
            }
        } finally {
            TestDatabase.drop(database);
        }
    }

    private static void takeTheQuiz(TestPlatform platform, TestAgsPlatform grades, String tool, int platformId) throws Exception {
        String output = runBrowserTest(tool, Map.of("LTI_COURSE_URL", course(platform, tool, "frame-learner"),
                "LTI_PICKER_COURSE_URL", course(platform, tool, TEACHER), "LTI_GRADEBOOK_URL", grades.url() + "/gradebook"));

        assertThat(output).contains("# fail 0").contains("# pass 2");
        assertThat(SCREENSHOTS.resolve("lti-01-question.png")).isNotEmptyFile();
        assertThat(SCREENSHOTS.resolve("lti-02-result.png")).isNotEmptyFile();
        assertThat(SCREENSHOTS.resolve("lti-03-gradebook.png")).isNotEmptyFile();
        String learner = "lti:" + platformId + ":frame-learner";
        float score = given().baseUri(tool).header("Authorization", "Bearer " + Tokens.author("grace"))
            .when().get("/quizzes/chapter-20/grades")
            .then().statusCode(200).body("items.learner", hasItem(learner))
            .extract().jsonPath().getFloat("items.find { it.learner == '" + learner + "' }.grade.score");
        assertThat(score).as("the browser answers C everywhere, right for some questions").isPositive();
        TestAgsPlatform.Received sent = grades.allScores().getFirst();
        assertThat(grades.allScores()).hasSize(1);
        assertThat(sent.path()).isEqualTo("/lineitems/7/lineitem/scores");
        assertThat(sent.query()).isEqualTo("type_id=3");
        assertThat(sent.body().path("userId").asText()).isEqualTo("frame-learner");
        assertThat(sent.body().path("scoreGiven").floatValue()).isEqualTo(score);
        assertThat(sent.body().path("scoreMaximum").asInt()).isEqualTo(25);
        assertThat(sent.body().path("gradingProgress").asText()).isEqualTo("FullyGraded");

        assertThat(SCREENSHOTS.resolve("lti-04-picker.png")).isNotEmptyFile();
        assertThat(SCREENSHOTS.resolve("lti-05-placed.png")).isNotEmptyFile();
        assertThat(platform.deepLinkReturns()).hasSize(1);
        SignedJWT placed = SignedJWT.parse(platform.deepLinkReturns().getFirst().get("JWT"));
        RSAKey key = (RSAKey) JWKSet.load(URI.create(tool + "/lti/jwks").toURL()).getKeyByKeyId(placed.getHeader().getKeyID());
        assertThat(placed.verify(new RSASSAVerifier(key))).as("signed with a key the tool publishes").isTrue();
        assertThat(placed.getJWTClaimsSet().getListClaim(LtiClaims.CONTENT_ITEMS)).singleElement()
            .satisfies(item -> assertThat(item).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("custom", Map.of("quiz_id", "chapter-20")));
    }

    /** The platform's course page, framing a login initiation for {@code hint}. */
    private static String course(TestPlatform platform, String tool, String hint) {
        String login = tool + "/lti/login?iss=" + encode(platform.issuer()) + "&login_hint=" + hint + "&target_link_uri="
                + encode(tool + "/lti/launch") + "&client_id=" + encode(platform.clientId()) + "&lti_deployment_id="
                + TestPlatform.DEPLOYMENT + "&lti_storage_target=_parent";
        return platform.issuer() + "/course?login=" + encode(login);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String runBrowserTest(String baseUrl, Map<String, String> urls) throws Exception {
        Path report = Files.createTempFile("quizbank-lti-browser-", ".tap");
        ProcessBuilder builder = new ProcessBuilder("node", "--test", "tests/lti-frame.test.mjs")
                .directory(WEBUI.toFile()).redirectErrorStream(true).redirectOutput(report.toFile());
        builder.environment().putAll(Map.of("BASE_URL", baseUrl, "SCREENSHOTS", SCREENSHOTS.toString()));
        builder.environment().putAll(urls);
        Process browser = builder.start();
        boolean finished = browser.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            browser.destroyForcibly().waitFor();
        }
        String output = Files.readString(report);
        Files.delete(report);
        System.out.println(output);
        assertThat(finished).as("the browser test finished within 3 minutes").isTrue();
        assertThat(browser.exitValue()).as(output).isZero();
        return output;
    }
}
