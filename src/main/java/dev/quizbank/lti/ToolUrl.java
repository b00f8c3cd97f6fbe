package dev.quizbank.lti;

import jakarta.ws.rs.core.UriInfo;

/** The tool's own launch URL as platforms reach it: quiz.lti.base-url, or the URL the request arrived at. */
public final class ToolUrl {

    private ToolUrl() {
    }

    public static String launch(LtiConfig config, UriInfo uri) {
        String base = config.baseUrl().orElseGet(() -> uri.getBaseUri().toString());
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/lti/launch";
    }
}
