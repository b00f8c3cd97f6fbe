-- LTI 1.3 (docs/lti.md): the platforms (LMSs) that may launch Quizbank, each known by its issuer and the client id it
-- gave the tool. Hosted Canvas uses one issuer for every customer, so a registration is looked up by both, never by
-- the issuer alone.
CREATE TABLE lti_platform (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    issuer      text NOT NULL CHECK (length(issuer) BETWEEN 1 AND 2048),
    client_id   text NOT NULL CHECK (length(client_id) BETWEEN 1 AND 255),
    -- Where the tool sends the browser with its authentication request (OIDC authorization endpoint).
    auth_url    text NOT NULL,
    -- Where the tool gets an access token for Assignment and Grade Services.
    token_url   text NOT NULL,
    -- The platform's public keys, by kid.
    jwks_url    text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT lti_platform_registration UNIQUE (issuer, client_id)
);

-- A platform installs the tool once per deployment (a site, a sub-account); a launch names one of these.
CREATE TABLE lti_deployment (
    platform_id    bigint NOT NULL REFERENCES lti_platform (id) ON DELETE CASCADE,
    deployment_id  text NOT NULL CHECK (length(deployment_id) BETWEEN 1 AND 255),
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (platform_id, deployment_id)
);

-- The tool's own RSA keys (JWK with its private part), which sign deep-linking responses, client assertions and
-- LTI session tokens. One is current (retired_at null); a retired one stays published until its overlap ends.
CREATE TABLE lti_tool_key (
    kid         text PRIMARY KEY,
    jwk         text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    retired_at  timestamptz
);
CREATE UNIQUE INDEX lti_tool_key_one_current ON lti_tool_key ((true)) WHERE retired_at IS NULL;
