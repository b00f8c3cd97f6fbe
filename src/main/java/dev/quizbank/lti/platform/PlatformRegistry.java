package dev.quizbank.lti.platform;

import static jakarta.transaction.Transactional.TxType.REQUIRED;
import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

/** The registered platforms and their deployments, whether registered over the API or by configuration. */
@ApplicationScoped
@Transactional(REQUIRED)
public class PlatformRegistry {

    private final PlatformRepository platforms;

    PlatformRegistry(PlatformRepository platforms) {
        this.platforms = platforms;
    }

    /** Registers a new platform; one registered already under this issuer and client id is a {@link PlatformExists}. */
    public Platform register(PlatformRegistration registration) {
        platforms.lock(registration.issuer(), registration.clientId());
        platforms.byRegistration(registration.issuer(), registration.clientId()).ifPresent(existing -> {
            throw new PlatformExists(existing.id);
        });
        Platform platform = new Platform();
        platform.issuer = registration.issuer();
        platform.clientId = registration.clientId();
        platform.authUrl = registration.authUrl();
        platform.tokenUrl = registration.tokenUrl();
        platform.jwksUrl = registration.jwksUrl();
        platform.deploymentIds.addAll(registration.deployments());
        platforms.persist(platform);
        return platform;
    }

    /** Registers the platform unless it is, and adds the deployment ids it lacks: safe to repeat at every start. */
    public Platform ensure(PlatformRegistration registration) {
        platforms.lock(registration.issuer(), registration.clientId());
        Optional<Platform> existing = platforms.byRegistration(registration.issuer(), registration.clientId());
        if (existing.isEmpty()) {
            return register(registration);
        }
        existing.get().deploymentIds.addAll(registration.deployments());
        return existing.get();
    }

    /** Adds a deployment id to platform {@code id}; empty when there is no such platform. */
    public Optional<Platform> addDeployment(long id, String deploymentId) {
        Optional<Platform> platform = platforms.findByIdOptional(id);
        platform.ifPresent(found -> found.deploymentIds.add(deploymentId));
        return platform;
    }

    @Transactional(SUPPORTS)
    public Optional<Platform> byId(long id) {
        return platforms.findByIdOptional(id);
    }

    @Transactional(SUPPORTS)
    public Optional<Platform> byRegistration(String issuer, String clientId) {
        return platforms.byRegistration(issuer, clientId);
    }

    @Transactional(SUPPORTS)
    public List<Platform> all() {
        return platforms.listAll(Sort.by("id"));
    }
}
