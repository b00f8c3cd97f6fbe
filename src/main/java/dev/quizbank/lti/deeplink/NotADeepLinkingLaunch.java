package dev.quizbank.lti.deeplink;

/** The caller's session did not come from a deep linking launch by an instructor, so it can place no quiz. */
public class NotADeepLinkingLaunch extends RuntimeException {

    public NotADeepLinkingLaunch() {
        super("not a deep linking launch", null, false, false);
    }
}
