package dev.quizbank.identity;

import java.util.Optional;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** Says once, on start, that without a verification key no token is accepted. */
public class AnonymousOnlyNotice {

    private static final Logger LOG = Logger.getLogger(AnonymousOnlyNotice.class);

    void onStart(@Observes StartupEvent start,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> key) {
        if (keyLocation.isEmpty() && key.isEmpty()) {
            LOG.warn("No token verification key is configured (MP_JWT_VERIFY_PUBLICKEY_LOCATION): the service runs"
                    + " anonymous-only, and every operation that needs a role answers 401.");
        }
    }
}
