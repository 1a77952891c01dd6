-- Virtual cards. The card number is kept only encrypted (AES-GCM, the key's id beside it) and as a keyed hash to find
-- a card by its number; the CVV is never kept: it is derived from the number and expiry with a secret key.
CREATE TABLE card (
    id          UUID         PRIMARY KEY,
    user_id     UUID         NOT NULL,
    wallet_id   UUID         NOT NULL,
    currency    CHAR(3)      NOT NULL,
    nickname    VARCHAR(40),
    bin         CHAR(6)      NOT NULL,
    last4       CHAR(4)      NOT NULL,
    pan_cipher  VARCHAR(200) NOT NULL,
    pan_key_id  VARCHAR(40)  NOT NULL,
    pan_hash    CHAR(64)     NOT NULL UNIQUE,
    exp_month   INT          NOT NULL CHECK (exp_month BETWEEN 1 AND 12),
    exp_year    INT          NOT NULL,
    status      VARCHAR(10)  NOT NULL CHECK (status IN ('ACTIVE', 'FROZEN', 'CLOSED')),
    controls    VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    updated_at  TIMESTAMP    NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX card_by_user ON card (user_id, created_at);

-- Every authorization the network sent, approved or declined. An approved one holds its amount on the wallet through
-- a pending ledger transfer whose id is the authorization's: the record and the hold commit together.
CREATE TABLE authorization_request (
    id             UUID         PRIMARY KEY,
    card_id        UUID         REFERENCES card (id),
    approved       BOOLEAN      NOT NULL,
    response_code  VARCHAR(2)   NOT NULL,
    reason         VARCHAR(200) NOT NULL,
    amount         BIGINT       NOT NULL CHECK (amount > 0),
    currency       CHAR(3)      NOT NULL,
    held           BIGINT       NOT NULL CHECK (held >= 0),
    wallet_currency CHAR(3),
    rate           VARCHAR(40),
    merchant_name  VARCHAR(100) NOT NULL,
    mcc            CHAR(4)      NOT NULL,
    country        CHAR(2)      NOT NULL,
    channel        VARCHAR(12)  NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    cleared        BIGINT       NOT NULL DEFAULT 0,
    refunded       BIGINT       NOT NULL DEFAULT 0,
    hold_expires_at TIMESTAMP,
    created_at     TIMESTAMP    NOT NULL,
    version        BIGINT       NOT NULL
);
CREATE INDEX authorization_by_card ON authorization_request (card_id, created_at);

-- What happened to an approved authorization afterwards: clearings (captures), reversals and refunds, each a ledger
-- transfer with the same id.
CREATE TABLE authorization_step (
    id               UUID        PRIMARY KEY,
    authorization_id UUID        NOT NULL REFERENCES authorization_request (id),
    kind             VARCHAR(10) NOT NULL CHECK (kind IN ('CLEARING', 'REVERSAL', 'REFUND')),
    amount           BIGINT      NOT NULL CHECK (amount >= 0),
    final_step       BOOLEAN     NOT NULL,
    created_at       TIMESTAMP   NOT NULL
);
CREATE INDEX step_by_authorization ON authorization_step (authorization_id, created_at);

-- Reveal attempts, to throttle guessing a password.
CREATE TABLE reveal_attempt (
    user_id     UUID      NOT NULL,
    attempted_at TIMESTAMP NOT NULL,
    succeeded   BOOLEAN   NOT NULL
);
CREATE INDEX reveal_by_user ON reveal_attempt (user_id, attempted_at);
