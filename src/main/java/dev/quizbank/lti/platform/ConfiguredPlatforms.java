package dev.quizbank.lti.platform;

import java.util.List;

import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.quizbank.lti.LtiConfig;
import io.quarkus.runtime.StartupEvent;

/** Registers the platforms named in {@code quiz.lti.platforms.*} on start; every instance may, at once. */
class ConfiguredPlatforms {

    private static final Logger LOG = Logger.getLogger(ConfiguredPlatforms.class);

    void onStart(@Observes StartupEvent start, LtiConfig config, PlatformRegistry registry) {
        config.platforms().forEach((name, entry) -> {
            Platform platform = registry.ensure(new PlatformRegistration(entry.issuer(), entry.clientId(), entry.authUrl(),
                    entry.tokenUrl(), entry.jwksUrl(), entry.deploymentIds().orElse(List.of())));
            LOG.infof("LTI platform %s is registered as %d", name, platform.id);
        });
    }
}
