package dev.quizbank.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;

/** The contract check must be able to fail, or it proves nothing. */
class OpenApiContractTest {

    private static final Request GET_QUESTIONS = SimpleRequest.Builder.get("/quizzes/chapter-20/questions").build();
    private static final String QUESTIONS = """
            {"quizId": "chapter-20", "version": 1,
             "questions": [{"number": 1, "type": "single", "points": 1, "text": "Which?", "choices": [{"key": "A", "text": "requests"}]}]}
            """;

    @Test
    void shouldAcceptAResponseThatKeepsToTheDocument() {
        assertThat(OpenApiContract.problems(GET_QUESTIONS, SimpleResponse.Builder.ok()
                .withContentType("application/json").withBody(QUESTIONS).build())).isEmpty();
    }

    @Test
    void shouldFailAResponseThatBreaksTheDocument() {
        assertThat(OpenApiContract.problems(GET_QUESTIONS, SimpleResponse.Builder.ok()
                .withContentType("application/json").withBody(QUESTIONS.replace("\"version\": 1", "\"version\": \"one\""))
                .build())).anyMatch(p -> p.contains("version"));
        assertThat(OpenApiContract.problems(GET_QUESTIONS, SimpleResponse.Builder.ok()
                .withContentType("application/json").withBody(QUESTIONS.replace("\"quizId\": \"chapter-20\",", ""))
                .build())).anyMatch(p -> p.contains("quizId"));
        assertThat(OpenApiContract.problems(GET_QUESTIONS, SimpleResponse.Builder.ok()
                .withContentType("application/json").withBody(QUESTIONS.replace("\"type\": \"single\"", "\"type\": \"ordering\""))
                .build())).as("an ordering question has items, not choices").isNotEmpty();
        assertThat(OpenApiContract.problems(GET_QUESTIONS, SimpleResponse.Builder.status(418)
                .withContentType("application/json").withBody("{}").build())).isNotEmpty();
    }

    @Test
    void shouldFailAnAcceptedRequestThatBreaksTheDocument() {
        Request badSheet = SimpleRequest.Builder.post("/attempts").withContentType("application/json")
                .withBody("{\"quizId\": 7, \"answers\": []}").build();
        assertThat(OpenApiContract.problems(badSheet, SimpleResponse.Builder.status(201)
                .withContentType("application/json").withBody("{}").build())).isNotEmpty();
    }

    @Test
    void shouldFailAnUndocumentedOperationThatIsNotRefused() {
        assertThat(OpenApiContract.problems(SimpleRequest.Builder.get("/secret").build(),
                SimpleResponse.Builder.ok().withContentType("application/json").withBody("{}").build())).isNotEmpty();
        assertThat(OpenApiContract.problems(SimpleRequest.Builder.get("/secret").build(),
                SimpleResponse.Builder.status(404).withContentType("application/problem+json").withBody("{}").build())).isEmpty();
    }
}
