package dev.quizbank.lti.platform;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class PlatformRepository implements PanacheRepository<Platform> {

    /** Never by issuer alone: hosted Canvas uses one issuer for every customer. */
    public Optional<Platform> byRegistration(String issuer, String clientId) {
        return find("issuer = ?1 and clientId = ?2", issuer, clientId).firstResultOptional();
    }

    /** Serializes registrations of one (issuer, client id) across instances until the transaction ends. */
    public void lock(String issuer, String clientId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended('quizbank.lti.platform:' || ?1, 0))")
                .setParameter(1, issuer + '\n' + clientId).getSingleResult();
    }
}
