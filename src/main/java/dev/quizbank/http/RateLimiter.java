package dev.quizbank.http;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.quizbank.config.QuizConfig;
import dev.quizbank.problem.ProblemType;
import dev.quizbank.problem.Problems;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerRequest;

/**
 * A token bucket per client (Bucket4j) on the operations marked {@link RateLimited}. Buckets live
 * in this instance's memory, so the limit holds per instance.
 */
@ApplicationScoped
public class RateLimiter {

    private final QuizConfig.RateLimit config;
    /** Idle clients are forgotten, and the number of clients tracked is bounded. */
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(5))
            .maximumSize(100_000)
            .build();

    RateLimiter(QuizConfig config) {
        this.config = config.rateLimit();
    }

    @RateLimited
    @ServerRequestFilter
    public void limit(HttpServerRequest request, UriInfo uri) {
        if (!config.enabled()) {
            return;
        }
        ConsumptionProbe probe = buckets.get(client(request), key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
            throw Problems.builder(ProblemType.RATE_LIMITED, "This client may make " + config.perSecond()
                            + " such requests per second (bursts of " + config.burst() + "); retry in " + seconds + " s.")
                    .withInstance(URI.create(uri.getPath()))
                    .withHeader("Retry-After", seconds)
                    .build();
        }
    }

    /** The connection's peer, or the client that a trusted proxy names (quarkus.http.proxy.*). */
    private static String client(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(config.burst()).refillGreedy(config.perSecond(), Duration.ofSeconds(1)))
                .build();
    }
}
