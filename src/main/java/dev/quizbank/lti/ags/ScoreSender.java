package dev.quizbank.lti.ags;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;

/**
 * Sends the queued scores, every {@code quiz.lti.ags.send-interval} on each instance: each score is claimed alone
 * (rows another instance holds are skipped), posted to its line item's scores URL, and marked sent once the platform
 * acknowledges it. A platform that is busy, failing or away is tried again with exponential backoff (or when its
 * Retry-After says), up to {@code quiz.lti.ags.max-tries}; a score the platform refuses outright is given up at once.
 */
@ApplicationScoped
public class ScoreSender {

    private static final Logger LOG = Logger.getLogger(ScoreSender.class);
    static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";

    /** How one send ended: acknowledged, or failed with what to do next and when, at the soonest. */
    private record Outcome(boolean acknowledged, ScoreOutbox.Failure failure, Optional<Duration> retryAfter, String why) {
        static final Outcome SENT = new Outcome(true, null, Optional.empty(), null);

        static Outcome retry(String why, Optional<Duration> retryAfter) {
            return new Outcome(false, ScoreOutbox.Failure.RETRY, retryAfter, why);
        }

        static Outcome refused(String why) {
            return new Outcome(false, ScoreOutbox.Failure.GIVE_UP, Optional.empty(), why);
        }
    }

    private final ScoreOutbox outbox;
    private final PlatformTokens tokens;
    private final AgsHttp http;
    private final ObjectMapper mapper;
    private final AgsConfig config;

    ScoreSender(ScoreOutbox outbox, PlatformTokens tokens, AgsHttp http, ObjectMapper mapper, AgsConfig config) {
        this.outbox = outbox;
        this.tokens = tokens;
        this.http = http;
        this.mapper = mapper;
        this.config = config;
    }

    @Scheduled(identity = "lti-score-sender", every = "${quiz.lti.ags.send-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledSend() {
        try {
            send();
        } catch (RuntimeException e) {
            // The database may be away for a while; what stays queued is sent by a later round.
            LOG.warnf("Could not send the queued LTI scores: %s", e.getMessage());
        }
    }

    /** Sends up to a batch of the scores due now; returns how many it tried. */
    public int send() {
        // A claim outlasts the requests one score may make: a token, the score, a new token and the score again.
        Duration lease = config.timeout().multipliedBy(5);
        int tried = 0;
        Optional<ScoreOutbox.Due> due;
        while (tried < config.batch() && (due = outbox.claim(lease)).isPresent()) {
            record(due.get(), post(due.get()));
            tried++;
        }
        return tried;
    }

    private void record(ScoreOutbox.Due due, Outcome outcome) {
        if (outcome.acknowledged()) {
            outbox.acknowledged(due.target(), due.timestamp());
            return;
        }
        int tries = due.tries() + 1;
        boolean giveUp = outcome.failure() == ScoreOutbox.Failure.GIVE_UP || tries >= config.maxTries();
        if (giveUp) {
            LOG.warnf("Gave up sending a score to %s for user %s after %d tries: %s", due.target().lineitem(), due.target().userId(),
                    tries, outcome.why());
        } else {
            LOG.debugf("Sending a score to %s failed (try %d): %s", due.target().lineitem(), tries, outcome.why());
        }
        Duration wait = outcome.retryAfter().orElseGet(() -> Backoff.after(tries, config.backoff(), config.maxBackoff()));
        outbox.failed(due.target(), due.timestamp(), giveUp ? ScoreOutbox.Failure.GIVE_UP : ScoreOutbox.Failure.RETRY,
                Instant.now().plus(wait));
    }

    private Outcome post(ScoreOutbox.Due due) {
        PlatformTokens.Grant grant = new PlatformTokens.Grant(due.tokenUrl(), due.clientId(), Scopes.SCORE);
        try {
            String body = mapper.writeValueAsString(Score.of(due));
            String token = tokens.token(grant);
            HttpResponse<String> answer = postWith(token, due, body);
            if (answer.statusCode() == 401) {
                // The platform may have revoked or expired the token early: a new one, once.
                tokens.refused(grant, token);
                answer = postWith(tokens.token(grant), due, body);
            }
            return outcome(answer);
        } catch (PlatformTokens.TokenRefused e) {
            return Outcome.retry(e.getMessage(), Optional.empty());
        } catch (IllegalArgumentException e) {
            // A line item or token URL that is no http(s) URL: no later try will make it one.
            return Outcome.refused("no usable URL: " + e.getMessage());
        } catch (IOException e) {
            return Outcome.retry(e.getClass().getSimpleName() + ": " + e.getMessage(), Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.retry("interrupted", Optional.empty());
        }
    }

    private HttpResponse<String> postWith(String token, ScoreOutbox.Due due, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(Score.url(due.target().lineitem())).timeout(config.timeout())
                .header("Authorization", "Bearer " + token).header("Content-Type", SCORE_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static Outcome outcome(HttpResponse<String> answer) {
        int status = answer.statusCode();
        String why = "the platform answered " + status;
        if (status >= 200 && status < 300) {
            return Outcome.SENT;
        }
        if (status == 429 || status >= 500 || status == 401) {
            return Outcome.retry(why, Backoff.retryAfter(answer.headers().firstValue("Retry-After"), Instant.now()));
        }
        return Outcome.refused(why);
    }
}
