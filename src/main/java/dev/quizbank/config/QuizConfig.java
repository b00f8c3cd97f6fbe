package dev.quizbank.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "quiz")
public interface QuizConfig {

    /**
     * Quizzes shipped in the jar, each read from {@code quizzes/<id>.txt} on the class path and
     * published on start when new or changed.
     */
    @WithDefault("chapter-20")
    List<String> bundled();

    Catalog catalog();

    interface Catalog {
        /**
         * How often each instance looks for versions that another instance published. Reads are
         * served from memory in between.
         */
        @WithDefault("5s")
        Duration refreshInterval();
    }
}
