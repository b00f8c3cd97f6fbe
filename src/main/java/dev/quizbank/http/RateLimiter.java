package dev.quizbank.http;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.quizbank.config.QuizConfig;
import dev.quizbank.identity.Caller;
import dev.quizbank.problem.ProblemType;
import dev.quizbank.problem.Problems;
import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * A token bucket per client (Bucket4j) on the operations marked {@link RateLimited}. A client is the subject of
 * a verified token, or, without one, an address: a school's learners behind one NAT address each have their own
 * budget, where one for the address would have been spent by 600 of them autosaving. The buckets are rows
 * of {@code rate_limit_bucket} (V23) that every instance shares, so a client has one budget however many
 * instances its requests are spread over. A request takes its token in one short transaction of its own
 * on a pooled connection: the bucket's row is locked ({@code select ... for update}), its state updated,
 * and the transaction committed; a new client's row is inserted first. The filter runs on the worker
 * thread of the (blocking) operation it guards, never on an I/O thread.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    /** Idle buckets deleted per statement, so that one clean-up never holds many row locks at once. */
    private static final int CLEAN_UP_BATCH = 1_000;

    private final QuizConfig.RateLimit config;
    private final BucketConfiguration bucket;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    private final SecurityIdentity identity;

    RateLimiter(QuizConfig config, AgroalDataSource dataSource, SecurityIdentity identity) {
        this.config = config.rateLimit();
        this.identity = identity;
        this.bucket = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(this.config.burst()).refillGreedy(this.config.perSecond(), Duration.ofSeconds(1)))
                .build();
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("quizbank.rate_limit_bucket")
                // A bucket that has refilled is as good as none: it may go (plus a margin for clocks apart).
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
    }

    @RateLimited
    @ServerRequestFilter
    public void limit(HttpServerRequest request, UriInfo uri) {
        if (!config.enabled()) {
            return;
        }
        ConsumptionProbe probe = buckets.getProxy(client(request), () -> bucket).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
            throw Problems.builder(ProblemType.RATE_LIMITED, "This client may make " + config.perSecond()
                            + " such requests per second (bursts of " + config.burst() + "); retry in " + seconds + " s.")
                    .withInstance(URI.create(uri.getPath()))
                    .withHeader("Retry-After", seconds)
                    .build();
        }
    }

    /**
     * The token's subject; else the connection's peer, or the client that a trusted proxy names (quarkus.http.proxy.*).
     * Prefixed, so that no subject can spend an address's budget.
     */
    private String client(HttpServerRequest request) {
        return Caller.of(identity).subject().map(subject -> "sub:" + subject)
                .orElseGet(() -> "ip:" + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress()));
    }

    /** Deletes the buckets of clients idle long enough to have refilled; every instance may, each row once. */
    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeIdleBuckets() {
        if (!config.enabled()) {
            return;
        }
        try {
            int removed;
            do {
                removed = buckets.removeExpired(CLEAN_UP_BATCH);
            } while (removed == CLEAN_UP_BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("Could not delete idle rate-limit buckets, trying again in a minute: %s", e.getMessage());
        }
    }
}
