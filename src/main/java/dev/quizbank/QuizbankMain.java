package dev.quizbank;

import dev.quizbank.http.RequestSyntax;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. Quarkus reads {@link RequestSyntax#URI_VALIDATION_OFF} when its HTTP recorder's
 * class is loaded, and Vert.x {@link RequestSyntax#HEADER_VALIDATION_OFF} when its header class is, both
 * before any bean exists, so they are set here, first.
 */
@QuarkusMain
public class QuizbankMain {

    public static void main(String... args) {
        System.setProperty(RequestSyntax.URI_VALIDATION_OFF, "true");
        System.setProperty(RequestSyntax.HEADER_VALIDATION_OFF, "true");
        Quarkus.run(args);
    }
}
