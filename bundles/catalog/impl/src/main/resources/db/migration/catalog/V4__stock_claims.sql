-- What the catalog did with each paid order: TAKEN its stock, or found it SHORT (and asked for the payment's refund).
-- One row per payment: a redelivered payment.paid event finds it and changes nothing.
CREATE TABLE stock_claim (
    payment_id  UUID         NOT NULL PRIMARY KEY,
    merchant_id UUID         NOT NULL,
    outcome     VARCHAR(8)   NOT NULL,
    detail      VARCHAR(400),
    claimed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX stock_claim_merchant ON stock_claim (merchant_id, claimed_at);
