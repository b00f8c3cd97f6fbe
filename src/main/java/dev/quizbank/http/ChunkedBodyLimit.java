package dev.quizbank.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import dev.quizbank.config.QuizConfig;

/**
 * Bodies sent without a Content-Length are only known once read: refuses those over
 * {@code quiz.max-body-size} with a 413 problem (see {@link RequestBodyLimit}).
 */
@Provider
public class ChunkedBodyLimit implements ReaderInterceptor {

    /** Providers are built before runtime configuration exists, so the limit is read on use. */
    private final Instance<QuizConfig> config;

    ChunkedBodyLimit(Instance<QuizConfig> config) {
        this.config = config;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH) == null) {
            long limit = config.get().maxBodySize().asLongValue();
            byte[] body = context.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
            if (body.length > limit) {
                throw RequestBodyLimit.tooLarge(limit);
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }
}
