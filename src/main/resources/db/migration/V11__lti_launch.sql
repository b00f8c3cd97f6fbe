-- LTI 1.3 launches (docs/lti.md). A login initiation leaves its state and nonce here until the platform answers; the
-- state is bound to the browser by a value kept in a cookie (or the platform's postMessage storage).
CREATE TABLE lti_login (
    state            text PRIMARY KEY,
    nonce            text NOT NULL,
    -- What the browser that started the login holds: a SameSite=None cookie, or lti.put_data on the platform.
    binding          text NOT NULL,
    platform_id      bigint NOT NULL REFERENCES lti_platform (id) ON DELETE CASCADE,
    target_link_uri  text NOT NULL,
    -- The login initiation's parameters, to start over in a new window when the browser keeps no cookie.
    login_query      text NOT NULL,
    storage_target   text,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX lti_login_created ON lti_login (created_at);

-- Every nonce an accepted id_token carried: a second launch with one is a replay, whichever instance it reaches.
CREATE TABLE lti_nonce (
    platform_id  bigint NOT NULL REFERENCES lti_platform (id) ON DELETE CASCADE,
    nonce        text NOT NULL,
    seen_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (platform_id, nonce)
);
CREATE INDEX lti_nonce_seen ON lti_nonce (seen_at);

-- An accepted launch: who, from where, into what, and what grade passback (AGS) will need. The web client trades its
-- one-time code (stored as a SHA-256 digest) for a session token whose "launch" claim is this id.
CREATE TABLE lti_launch (
    id                    uuid PRIMARY KEY,
    platform_id           bigint NOT NULL REFERENCES lti_platform (id) ON DELETE CASCADE,
    deployment_id         text NOT NULL,
    message_type          text NOT NULL CHECK (message_type IN ('LtiResourceLinkRequest', 'LtiDeepLinkingRequest')),
    -- The platform's sub, and the Quizbank subject made of it (scoped by platform).
    lti_subject           text NOT NULL,
    subject               text NOT NULL,
    role                  text NOT NULL CHECK (role IN ('learner', 'author')),
    roles                 text[] NOT NULL,
    resource_link_id      text,
    context_id            text,
    quiz_id               text,
    -- The AGS claim (https://purl.imsglobal.org/spec/lti-ags/claim/endpoint), when the platform offers grades.
    ags_lineitem          text,
    ags_lineitems         text,
    ags_scopes            text[],
    -- Deep linking: where the answer goes, and the platform's data to echo.
    deep_link_return_url  text,
    deep_link_data        text,
    code_digest           text UNIQUE,
    code_expires_at       timestamptz NOT NULL,
    code_used_at          timestamptz,
    created_at            timestamptz NOT NULL DEFAULT now()
);
