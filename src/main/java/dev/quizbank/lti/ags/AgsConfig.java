package dev.quizbank.lti.ags;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Grade passback (docs/lti.md): how often scores are sent, how failures are retried, how long a token is trusted. */
@ConfigMapping(prefix = "quiz.lti.ags")
public interface AgsConfig {

    /** How often each instance sends the scores that are due. */
    @WithDefault("2s")
    Duration sendInterval();

    /** Scores claimed per round: a bound on what one instance holds if it stops in the middle. */
    @WithDefault("20")
    int batch();

    /** The wait after a first failure; it doubles with each further one, up to {@link #maxBackoff()}. */
    @WithDefault("5s")
    Duration backoff();

    @WithDefault("1h")
    Duration maxBackoff();

    /** Tries after which a score is given up (with a warning). */
    @WithDefault("10")
    int maxTries();

    /** Connect and answer timeout of each request to a platform. */
    @WithDefault("10s")
    Duration timeout();

    /** A token is asked for again this long before the platform says it expires. */
    @WithDefault("30s")
    Duration tokenMargin();
}
