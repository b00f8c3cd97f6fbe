package dev.quizbank.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import dev.quizbank.config.QuizConfig;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * Refuses request bodies over {@code quiz.max-body-size} with a 413 problem: at once when
 * Content-Length says so, else after reading one byte past the limit of a chunked body.
 */
@Provider
public class RequestBodyLimit implements ReaderInterceptor {

    /** Providers are built before runtime configuration exists, so the limit is read on use. */
    private final Instance<QuizConfig> config;

    RequestBodyLimit(Instance<QuizConfig> config) {
        this.config = config;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long limit = config.get().maxBodySize().asLongValue();
        String length = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit)
                && (length.length() > 18 || Long.parseLong(length) > limit)) {
            throw tooLarge(limit);
        }
        if (length == null) {
            byte[] body = context.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
            if (body.length > limit) {
                throw tooLarge(limit);
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    private static HttpProblem tooLarge(long limit) {
        return HttpProblem.builder()
                .withStatus(413)
                .withTitle("Content Too Large")
                .withDetail("The request body is larger than " + limit + " bytes.")
                .build();
    }
}
