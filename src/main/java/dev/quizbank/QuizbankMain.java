package dev.quizbank;

import dev.quizbank.http.RequestGate;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. Quarkus reads {@link RequestGate#URI_VALIDATION_OFF} when its HTTP recorder's
 * class is loaded, and Vert.x {@link RequestGate#HEADER_VALIDATION_OFF} when its header class is, both
 * before any bean exists, so they are set here, first.
 */
@QuarkusMain
public class QuizbankMain {

    public static void main(String... args) {
        System.setProperty(RequestGate.URI_VALIDATION_OFF, "true");
        System.setProperty(RequestGate.HEADER_VALIDATION_OFF, "true");
        Quarkus.run(args);
    }
}
