package dev.quizbank.lti.platform;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The origins of the registered platforms, held in memory for the web client's Content-Security-Policy: only they
 * may frame the web client (a launch opens it in the platform's iframe) and receive its forms (a deep-linking
 * answer). Reread on start, after a registration here, and every minute for registrations on other instances.
 */
@ApplicationScoped
public class PlatformOrigins {

    private final PlatformRegistry registry;
    private volatile String sources = "";

    PlatformOrigins(PlatformRegistry registry) {
        this.registry = registry;
    }

    void onStart(@Observes StartupEvent start) {
        refresh();
    }

    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        List<Platform> platforms = registry.all();
        sources = String.join(" ", platforms.stream().flatMap(platform -> Stream.of(platform.issuer, platform.authUrl))
                .map(PlatformOrigins::origin).filter(Objects::nonNull).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    /** The registered platforms' origins, space-separated as CSP sources; empty when none is registered. */
    public String sources() {
        return sources;
    }

    private static String origin(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() == null || uri.getRawAuthority() == null ? null : uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
