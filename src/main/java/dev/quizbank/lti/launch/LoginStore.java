package dev.quizbank.lti.launch;

import static jakarta.transaction.Transactional.TxType.REQUIRED;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.quizbank.lti.LtiConfig;
import io.quarkus.scheduler.Scheduled;

/** Logins waiting for the platform's answer, and the nonces of accepted launches, shared by every instance. */
@ApplicationScoped
@Transactional(REQUIRED)
class LoginStore {

    private final EntityManager entities;
    private final Duration lifetime;

    LoginStore(EntityManager entities, LtiConfig config) {
        this.entities = entities;
        this.lifetime = config.launch().stateLifetime();
    }

    void save(LoginState login) {
        entities.createNativeQuery("insert into {h-schema}lti_login (state, nonce, binding, platform_id, target_link_uri, login_query,"
                + " storage_target) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, login.state()).setParameter(2, login.nonce()).setParameter(3, login.binding())
                .setParameter(4, login.platformId()).setParameter(5, login.targetLinkUri()).setParameter(6, login.loginQuery())
                .setParameter(7, login.storageTarget().orElse(null)).executeUpdate();
    }

    /** The login with this state, unless it is older than the state's lifetime. */
    Optional<LoginState> find(String state) {
        List<?> rows = entities.createNativeQuery("select state, nonce, binding, platform_id, target_link_uri, login_query, storage_target"
                + " from {h-schema}lti_login where state = ?1 and created_at > ?2", Object[].class)
                .setParameter(1, state).setParameter(2, OffsetDateTime.now().minus(lifetime)).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(row -> new LoginState((String) row[0], (String) row[1], (String) row[2],
                ((Number) row[3]).longValue(), (String) row[4], (String) row[5], Optional.ofNullable((String) row[6]))).findFirst();
    }

    /** Records the nonce as used; false when some launch, on any instance, used it already. */
    boolean useNonce(long platformId, String nonce) {
        return entities.createNativeQuery("insert into {h-schema}lti_nonce (platform_id, nonce) values (?1, ?2) on conflict do nothing")
                .setParameter(1, platformId).setParameter(2, nonce).executeUpdate() == 1;
    }

    /**
     * Forgets logins past their lifetime and the nonces of launches older than two: a nonce is only ever compared with
     * the login that issued it, which is gone by then, so a forgotten nonce cannot be replayed.
     */
    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        OffsetDateTime cutoff = OffsetDateTime.now().minus(lifetime);
        entities.createNativeQuery("delete from {h-schema}lti_login where created_at < ?1").setParameter(1, cutoff).executeUpdate();
        entities.createNativeQuery("delete from {h-schema}lti_nonce where seen_at < ?1").setParameter(1, cutoff.minus(lifetime))
                .executeUpdate();
    }
}
