-- Top-ups and payouts through the payment rails, and the rails' callbacks already applied.
CREATE TABLE top_up (
    id             UUID         PRIMARY KEY,
    wallet_id      UUID         NOT NULL REFERENCES account (id),
    user_id        UUID         NOT NULL,
    rail           VARCHAR(32)  NOT NULL,
    amount         BIGINT       NOT NULL,
    currency       CHAR(3)      NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    redirect_url   VARCHAR(500),
    failure_reason VARCHAR(300),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX top_up_wallet ON top_up (wallet_id, created_at);

CREATE TABLE payout (
    id             UUID         PRIMARY KEY,
    wallet_id      UUID         NOT NULL REFERENCES account (id),
    user_id        UUID         NOT NULL,
    rail           VARCHAR(32)  NOT NULL,
    amount         BIGINT       NOT NULL,
    currency       CHAR(3)      NOT NULL,
    iban           VARCHAR(34)  NOT NULL,
    beneficiary    VARCHAR(70)  NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    failure_reason VARCHAR(300),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX payout_wallet ON payout (wallet_id, created_at);

-- A bank's callback message applied; the same message again is a replay and changes nothing.
CREATE TABLE rail_message (
    rail        VARCHAR(32)  NOT NULL,
    message_id  VARCHAR(200) NOT NULL,
    reference   UUID         NOT NULL,
    event       VARCHAR(32)  NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (rail, message_id)
);
