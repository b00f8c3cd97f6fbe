package dev.quizbank.lti.ags;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.quizbank.attempt.Grades;
import dev.quizbank.attempt.service.AttemptGraded;
import dev.quizbank.attempt.service.AttemptStarted;
import dev.quizbank.attempt.service.GradeBook;
import dev.quizbank.identity.Caller;
import dev.quizbank.lti.LtiConfig;
import dev.quizbank.lti.session.SessionTokens;
import dev.quizbank.quiz.service.QuizNotFound;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Queues the grade of an attempt made under an LTI launch for its platform. A launch is known by the session token's
 * {@code launch} claim: read when a one-shot attempt is posted, and recorded when an attempt is started, since that one
 * may be graded later by the sweeper. A caller without the claim costs a look at their token and nothing more.
 */
@ApplicationScoped
public class GradePassback {

    private final Instance<JsonWebToken> token;
    private final String sessionIssuer;
    private final ScoreOutbox outbox;
    private final GradeBook grades;

    GradePassback(Instance<JsonWebToken> token, LtiConfig config, ScoreOutbox outbox, GradeBook grades) {
        this.token = token;
        this.sessionIssuer = config.session().issuer();
        this.outbox = outbox;
        this.grades = grades;
    }

    void started(@Observes AttemptStarted started) {
        launch().ifPresent(launch -> outbox.link(started.attemptId(), launch, started.quizId(), started.learner()));
    }

    void graded(@Observes AttemptGraded graded) {
        if (graded.started()) {
            QuarkusTransaction.joiningExisting().run(() -> outbox.ofStarted(graded.attemptId(), graded.quizId(), graded.learner())
                    .ifPresent(target -> enqueue(target, graded)));
        } else if (graded.caller().isPresent()) {
            launch().ifPresent(launch -> QuarkusTransaction.joiningExisting().run(() -> outbox.ofLaunch(launch, graded.quizId(),
                    graded.learner()).ifPresent(target -> enqueue(target, graded))));
        }
    }

    /** The learner's grade at the quiz by its gradingMethod, now that this attempt counts. */
    private void enqueue(ScoreOutbox.Target target, AttemptGraded graded) {
        Grades page;
        try {
            page = grades.page(graded.quizId(), new Caller(Optional.of(graded.learner()), true, false, false), 0, 1);
        } catch (QuizNotFound retired) {
            // Retired while the attempt was open: there is no grade to give any more.
            return;
        }
        page.items().stream().findFirst().map(Grades.LearnerGrade::grade).filter(grade -> grade.maxScore().signum() > 0)
                .ifPresent(grade -> outbox.enqueue(target, grade.score(), grade.maxScore()));
    }

    /** The launch the calling session token names; empty for any other token, or none. */
    private Optional<UUID> launch() {
        JsonWebToken jwt = token.get();
        Object claim = jwt.getClaim(SessionTokens.LAUNCH);
        if (claim == null || !sessionIssuer.equals(jwt.getIssuer())) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim instanceof JsonString text ? text.getString() : claim.toString()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
