package dev.quizbank.lti.launch;

import java.util.Optional;

/**
 * A login or launch the tool refuses, with why in words a platform administrator can act on; no session is made.
 * {@code newWindow}: where the login may be started over in a window of its own, when the browser kept no state.
 */
public class LaunchRefused extends RuntimeException {

    private final transient Optional<String> newWindow;

    public LaunchRefused(String reason) {
        this(reason, Optional.empty());
    }

    public LaunchRefused(String reason, Optional<String> newWindow) {
        super(reason, null, false, false);
        this.newWindow = newWindow;
    }

    public Optional<String> newWindow() {
        return newWindow;
    }
}
