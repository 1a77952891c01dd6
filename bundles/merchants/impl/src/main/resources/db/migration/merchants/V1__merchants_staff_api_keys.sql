CREATE TABLE merchant (
    id                  UUID PRIMARY KEY,
    slug                VARCHAR(48)  NOT NULL UNIQUE,
    display_name        VARCHAR(120) NOT NULL,
    legal_name          VARCHAR(200) NOT NULL,
    country             CHAR(2)      NOT NULL,
    currency            CHAR(3)      NOT NULL,
    organisation_number VARCHAR(40)  NOT NULL,
    payout_iban         VARCHAR(34)  NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL
);
CREATE INDEX merchant_status ON merchant (status);

-- a user of auth working for a merchant; users are referred to by id only (auth owns them)
CREATE TABLE staff (
    merchant_id UUID        NOT NULL REFERENCES merchant (id) ON DELETE CASCADE,
    user_id     UUID        NOT NULL,
    role        VARCHAR(16) NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by    VARCHAR(80) NOT NULL,
    PRIMARY KEY (merchant_id, user_id)
);
CREATE INDEX staff_user ON staff (user_id);

-- a credential for the merchant's integrations; only the SHA-256 of the secret is kept
CREATE TABLE api_key (
    id           UUID PRIMARY KEY,
    merchant_id  UUID         NOT NULL REFERENCES merchant (id) ON DELETE CASCADE,
    name         VARCHAR(80)  NOT NULL,
    prefix       VARCHAR(16)  NOT NULL,
    secret_hash  CHAR(64)     NOT NULL UNIQUE,
    scopes       VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(80)  NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_key_merchant ON api_key (merchant_id);
