package dev.quizbank.config;

import java.time.Duration;
import java.util.List;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "quiz")
public interface QuizConfig {

    /**
     * Quizzes shipped in the jar, each read from {@code quizzes/<id>.txt} on the class path and
     * published on start when new or changed.
     */
    @WithDefault("chapter-20")
    List<String> bundled();

    Catalog catalog();

    /** The largest request body accepted; a larger one is answered with 413. */
    @WithDefault("64K")
    MemorySize maxBodySize();

    /** The largest quiz source an author may send to /quizzes; a larger one is answered with 413. */
    @WithDefault("1M")
    MemorySize maxSourceSize();

    /**
     * How long a client may take to send its whole request body; a slower one gets 408 and its
     * connection is closed.
     */
    @WithDefault("10s")
    Duration bodyTimeout();

    Idempotency idempotency();

    Attempts attempts();

    Token token();

    /** What a bearer token must be beyond its signature, issuer and expiry. */
    interface Token {
        /** The longest a token may be valid for, from its iat to its exp: a stolen token is good for no longer. */
        @WithDefault("24h")
        Duration maxLifetime();
    }

    RateLimit rateLimit();

    Statistics statistics();

    /**
     * Item statistics hold a cursor's buffer, an accumulator and the rendered report while they run, so only a few
     * run at once and a few more wait their turn (on worker threads); beyond that a request is answered 503 with
     * Retry-After, and memory does not grow with the number of requests.
     */
    Publishing publishing();

    /** Turns to read and publish quiz sources (POST and PUT /quizzes), each of which may hold megabytes while it runs. */
    interface Publishing {
        /** How many are read and published at once. */
        @WithDefault("2")
        int maxConcurrent();

        /** How many more may wait for a turn. */
        @WithDefault("6")
        int maxQueued();

        /** How long one may wait for a turn before it is answered 503. */
        @WithDefault("10s")
        Duration maxWait();
    }

    interface Statistics {
        /** How many are computed at once. */
        @WithDefault("2")
        int maxConcurrent();

        /** How many more may wait for a turn. */
        @WithDefault("4")
        int maxQueued();

        /** How long one may wait for a turn before it is answered 503. */
        @WithDefault("10s")
        Duration maxWait();
    }

    /** A token bucket per client on POST /attempts, kept in each instance's memory. */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Tokens added per second: the sustained rate. */
        @WithDefault("20")
        int perSecond();

        /** Bucket size: how many requests may come at once. */
        @WithDefault("40")
        int burst();
    }

    interface Idempotency {
        /** How long an Idempotency-Key is remembered; the contract promises at least 24 hours. */
        @WithDefault("24h")
        Duration retention();

        /** How often keys past their retention are deleted. */
        @WithDefault("1h")
        Duration purgeInterval();
    }

    interface Catalog {
        /**
         * Memory for the versions that are not current (older versions, and those of retired quizzes), loaded
         * from the database when asked for and dropped, least used first, beyond this weight; as much again
         * for their serialised views. The current version of every quiz in service is always held, outside
         * this bound. The default keeps a few of the largest quizzes (1 MiB sources) or hundreds of
         * ordinary ones within a 128 MB heap.
         */
        @WithDefault("8M")
        MemorySize oldVersionsMaxWeight();
    }

    interface Attempts {
        /**
         * How often each instance submits the started attempts whose deadline and grace have passed (docs/attempts.md),
         * as a duration such as {@code 2s}; {@code off} leaves that to the sweep at start and to the other instances.
         */
        @WithDefault("2s")
        String sweepInterval();
    }
}
