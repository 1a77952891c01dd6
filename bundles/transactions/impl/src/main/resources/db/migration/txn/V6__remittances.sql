-- A rate and fees guaranteed to one user until expires_at; used by at most one remittance.
CREATE TABLE fx_quote (
    id              UUID          NOT NULL PRIMARY KEY,
    user_id         UUID          NOT NULL,
    source_currency CHAR(3)       NOT NULL,
    target_currency CHAR(3)       NOT NULL,
    source_amount   BIGINT        NOT NULL,
    fee_fixed       BIGINT        NOT NULL,
    fee_variable    BIGINT        NOT NULL,
    converted       BIGINT        NOT NULL,
    rounding        BIGINT        NOT NULL,
    target_amount   BIGINT        NOT NULL,
    rate            VARCHAR(40)   NOT NULL,
    rate_source     VARCHAR(40)   NOT NULL,
    target_country  CHAR(2)       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX fx_quote_user ON fx_quote (user_id, created_at);

-- Money sent abroad: held on the sender's wallet while SCREENING, converted and paid out through a rail while
-- PROCESSING, then COMPLETED; or REJECTED, CANCELLED, FAILED (funds returned) or REFUNDED.
CREATE TABLE remittance (
    id              UUID          NOT NULL PRIMARY KEY,
    user_id         UUID          NOT NULL,
    wallet_id       UUID          NOT NULL,
    quote_id        UUID          NOT NULL UNIQUE REFERENCES fx_quote (id),
    rail            VARCHAR(40)   NOT NULL,
    recipient_name  VARCHAR(140)  NOT NULL,
    iban            VARCHAR(34)   NOT NULL,
    country         CHAR(2)       NOT NULL,
    address         VARCHAR(300),
    purpose         VARCHAR(140)  NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    screening       VARCHAR(12),
    reason          VARCHAR(300),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX remittance_user ON remittance (user_id, created_at);
CREATE INDEX remittance_status ON remittance (status, updated_at);

-- What happened to a remittance, when: its timeline.
CREATE TABLE remittance_event (
    id            UUID         NOT NULL PRIMARY KEY,
    remittance_id UUID         NOT NULL REFERENCES remittance (id),
    status        VARCHAR(12)  NOT NULL,
    note          VARCHAR(300),
    at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX remittance_event_of ON remittance_event (remittance_id, at);
