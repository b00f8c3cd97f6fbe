package dev.quizbank.lti.ags;

/** The AGS scopes the tool asks for. */
final class Scopes {

    /** To post scores to a line item: the only one grade passback needs. */
    static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    private Scopes() {
    }
}
