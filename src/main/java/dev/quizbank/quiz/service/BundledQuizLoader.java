package dev.quizbank.quiz.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.quizbank.config.QuizConfig;
import io.quarkus.runtime.StartupEvent;

/** Publishes the quizzes shipped in the jar when the service starts. */
@ApplicationScoped
public class BundledQuizLoader {

    private static final Logger LOG = Logger.getLogger(BundledQuizLoader.class);

    void onStart(@Observes StartupEvent event, QuizConfig config, QuizPublisher publisher, QuizCatalog catalog) {
        for (String quizId : config.bundled()) {
            QuizPublisher.Publication publication = publisher.bundle(quizId, read("quizzes/" + quizId + ".txt"));
            LOG.infof(publication.published() ? "Bundled quiz %s published as version %d"
                    : "Bundled quiz %s unchanged since it was last bundled; its current version is %d", quizId, publication.version());
        }
        catalog.refresh();
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled quiz " + resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
