CREATE TABLE account (
    id                  UUID PRIMARY KEY,
    email               VARCHAR(254) NOT NULL UNIQUE,
    password_hash       VARCHAR(255),
    locked              BOOLEAN NOT NULL DEFAULT FALSE,
    locked_reason       VARCHAR(500),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE account_role (
    account_id UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role_name  VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role_name)
);

-- an account signed in through an OIDC provider: the provider's subject, linked once
CREATE TABLE external_identity (
    provider   VARCHAR(64)  NOT NULL,
    subject    VARCHAR(255) NOT NULL,
    account_id UUID         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    linked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (provider, subject)
);

-- one sign-in: the family of refresh tokens rotated from its first one
CREATE TABLE user_session (
    id             UUID PRIMARY KEY,
    account_id     UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    auth_method    VARCHAR(80) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    revoked_reason VARCHAR(200),
    client_address VARCHAR(64),
    user_agent     VARCHAR(255)
);
CREATE INDEX user_session_account ON user_session (account_id);
CREATE INDEX user_session_revoked ON user_session (revoked_at);

-- refresh tokens are stored as SHA-256 of their value; a used one is kept to recognise a replay
CREATE TABLE refresh_token (
    token_hash VARCHAR(64) PRIMARY KEY,
    session_id UUID NOT NULL REFERENCES user_session (id) ON DELETE CASCADE,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX refresh_token_session ON refresh_token (session_id);

CREATE TABLE signing_key (
    kid         VARCHAR(64)   PRIMARY KEY,
    algorithm   VARCHAR(10)   NOT NULL,
    private_jwk VARCHAR(2000) NOT NULL,
    public_jwk  VARCHAR(1000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at  TIMESTAMP WITH TIME ZONE
);

-- failed sign-ins per e-mail address and per client address, whether or not an account exists
CREATE TABLE login_throttle (
    throttle_key    VARCHAR(300) PRIMARY KEY,
    failures        INT          NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE
);

CREATE TABLE totp (
    account_id     UUID        PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    secret         VARCHAR(64) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at   TIMESTAMP WITH TIME ZONE,
    last_used_step BIGINT
);

CREATE TABLE recovery_code (
    account_id UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (account_id, code_hash)
);

-- an OIDC sign-in between the redirect to the provider and its callback
CREATE TABLE oidc_pending (
    state         VARCHAR(64)  PRIMARY KEY,
    provider      VARCHAR(64)  NOT NULL,
    nonce         VARCHAR(64)  NOT NULL,
    code_verifier VARCHAR(128) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
