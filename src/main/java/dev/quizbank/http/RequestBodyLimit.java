package dev.quizbank.http;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.quizbank.config.QuizConfig;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses request bodies over {@code quiz.max-body-size} with a 413 problem. A declared
 * Content-Length is checked as the request arrives, before any of the body is read; a chunked body
 * is checked once read, by {@link ChunkedBodyLimit}.
 */
@ApplicationScoped
public class RequestBodyLimit {

    private final long limit;
    private final ObjectMapper mapper;

    RequestBodyLimit(QuizConfig config, ObjectMapper mapper) {
        this.limit = config.maxBodySize().asLongValue();
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkDeclaredLength);
    }

    private void checkDeclaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit)
                && (length.length() > 18 || Long.parseLong(length) > limit)) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("status", 413);
            problem.put("title", "Content Too Large");
            problem.put("detail", detail(limit));
            problem.put("instance", context.request().path());
            try {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader("Connection", "close")
                        .end(mapper.writeValueAsString(problem));
            } catch (JsonProcessingException e) {
                context.fail(e);
            }
            return;
        }
        context.next();
    }

    static String detail(long limit) {
        return "The request body is larger than " + limit + " bytes.";
    }

    static HttpProblem tooLarge(long limit) {
        return HttpProblem.builder()
                .withStatus(413)
                .withTitle("Content Too Large")
                .withDetail(detail(limit))
                .build();
    }
}
