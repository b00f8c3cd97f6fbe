package dev.quizbank.lti.session;

import static jakarta.transaction.Transactional.TxType.REQUIRED;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.quizbank.common.Digests;

/** Trades a launch's one-time code, once, for a session token. */
@ApplicationScoped
@Transactional(REQUIRED)
public class Sessions {

    public record Started(LaunchRecord launch, SessionTokens.Session session) {
    }

    private final LaunchStore launches;
    private final SessionTokens tokens;

    Sessions(LaunchStore launches, SessionTokens tokens) {
        this.launches = launches;
        this.tokens = tokens;
    }

    /** Empty when the code is unknown, traded already or expired. */
    public Optional<Started> trade(String code) {
        return launches.redeem(Digests.sha256Hex(code)).map(launch -> new Started(launch, tokens.issue(launch)));
    }
}
