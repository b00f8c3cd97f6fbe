package dev.quizbank.lti.launch;

/** The claim names of LTI Core 1.3, Deep Linking 2.0 and AGS 2.0 that the tool reads or writes. */
public final class LtiClaims {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    public static final String MESSAGE_TYPE = LTI + "message_type";
    public static final String VERSION = LTI + "version";
    public static final String DEPLOYMENT_ID = LTI + "deployment_id";
    public static final String TARGET_LINK_URI = LTI + "target_link_uri";
    public static final String RESOURCE_LINK = LTI + "resource_link";
    public static final String ROLES = LTI + "roles";
    public static final String CONTEXT = LTI + "context";
    public static final String CUSTOM = LTI + "custom";
    public static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    public static final String DEEP_LINKING_SETTINGS = DL + "deep_linking_settings";
    public static final String CONTENT_ITEMS = DL + "content_items";
    public static final String DATA = DL + "data";

    public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
    public static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";
    public static final String LTI_VERSION = "1.3.0";

    private LtiClaims() {
    }
}
