-- What a merchant needs to take payments: its category (ISO 18245 MCC) and city, as EMV QR codes carry them.
CREATE TABLE payment_profile (
    merchant_id   UUID        NOT NULL PRIMARY KEY,
    category_code CHAR(4)     NOT NULL,
    city          VARCHAR(60) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100) NOT NULL
);

-- A merchant asking to be paid an amount (dynamic QR code), or a payer paying a counter code (static, paid at once).
-- OPEN until PAID or CANCELLED; an OPEN one past expires_at is expired.
CREATE TABLE payment_request (
    id          UUID         NOT NULL PRIMARY KEY,
    merchant_id UUID         NOT NULL,
    amount      BIGINT       NOT NULL CHECK (amount > 0),
    currency    CHAR(3)      NOT NULL,
    reference   VARCHAR(25),
    status      VARCHAR(12)  NOT NULL,
    payload     VARCHAR(512) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX payment_request_merchant ON payment_request (merchant_id, created_at);

-- A paid request: its ledger chain has the payment's id (payer to merchant) and a derived one for the fee.
CREATE TABLE payment (
    id          UUID        NOT NULL PRIMARY KEY,
    request_id  UUID        NOT NULL UNIQUE,
    merchant_id UUID        NOT NULL,
    payer_id    UUID        NOT NULL,
    wallet_id   UUID        NOT NULL,
    amount      BIGINT      NOT NULL,
    currency    CHAR(3)     NOT NULL,
    fee         BIGINT      NOT NULL,
    refunded    BIGINT      NOT NULL CHECK (refunded >= 0 AND refunded <= amount),
    status      VARCHAR(20) NOT NULL,
    reference   VARCHAR(25),
    paid_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX payment_merchant ON payment (merchant_id, paid_at, id);

-- Money a merchant gave back from a payment; the ledger transfer has the refund's id.
CREATE TABLE refund (
    id          UUID         NOT NULL PRIMARY KEY,
    payment_id  UUID         NOT NULL REFERENCES payment (id),
    merchant_id UUID         NOT NULL,
    amount      BIGINT       NOT NULL CHECK (amount > 0),
    currency    CHAR(3)      NOT NULL,
    reason      VARCHAR(200) NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX refund_payment ON refund (payment_id);
CREATE INDEX refund_merchant ON refund (merchant_id, created_at);
