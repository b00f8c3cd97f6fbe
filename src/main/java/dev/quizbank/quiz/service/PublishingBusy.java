package dev.quizbank.quiz.service;

/** As many quiz sources as the service reads and publishes at once are being published, and as many as may wait are waiting. */
public class PublishingBusy extends RuntimeException {

    public PublishingBusy() {
        super("as many quiz sources as may be published or wait are being published or waiting", null, false, false);
    }
}
