package dev.quizbank.quiz.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.net.URI;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

import io.quarkiverse.resteasy.problem.HttpProblem;

import dev.quizbank.quiz.format.NotExportable;

/**
 * How an export refusal reads: no stored quiz of this branch holds a question an export refuses yet, so the
 * mapper is asked directly, as the REST layer asks it.
 */
class NotExportableProblemTest {

    @Test
    void shouldAnswer406NamingTheQuestionAndTheReason() {
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPath" -> "/quizzes/q/source";
                    case "getRequestUri" -> URI.create("http://localhost/quizzes/q/source");
                    default -> null;
                });
        Response response = new QuizProblems().notExportable(new NotExportable("Moodle XML", 2,
                "Moodle's matching gives credit per stem, so allOrNothing scoring holds only with one stem"), uri);

        assertThat(response.getStatus()).isEqualTo(406);
        HttpProblem problem = (HttpProblem) response.getEntity();
        assertThat(problem.getType()).isEqualTo(URI.create("/problems/not-exportable"));
        assertThat(problem.getTitle()).isEqualTo("Not Acceptable");
        assertThat(problem.getDetail()).isEqualTo("Question 2 cannot be written as Moodle XML: Moodle's matching gives credit per"
                + " stem, so allOrNothing scoring holds only with one stem. Ask for another format in Accept.");
    }
}
