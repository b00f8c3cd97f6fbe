package dev.quizbank.lti.platform;

/** The (issuer, client id) is registered already: as platform {@code id}. */
public class PlatformExists extends RuntimeException {

    private final long id;

    public PlatformExists(long id) {
        super("platform " + id + " has this issuer and client id", null, false, false);
        this.id = id;
    }

    public long id() {
        return id;
    }
}
