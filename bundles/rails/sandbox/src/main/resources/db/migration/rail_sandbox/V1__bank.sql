-- The simulated bank's own books: the payments Drop asked it for, and the callbacks it owes Drop.
CREATE TABLE payment (
    reference  UUID         PRIMARY KEY,
    kind       VARCHAR(8)   NOT NULL,
    amount     BIGINT       NOT NULL,
    currency   CHAR(3)      NOT NULL,
    iban       VARCHAR(34),
    name       VARCHAR(70),
    status     VARCHAR(12)  NOT NULL,
    reason     VARCHAR(300),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A callback to send, until Drop answers it with a 2xx; due_at doubles as the lease of the node sending it.
CREATE TABLE callback (
    id           VARCHAR(40)  PRIMARY KEY,
    reference    UUID         NOT NULL,
    payload      VARCHAR(2000) NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts     INT          NOT NULL,
    delivered_at TIMESTAMP WITH TIME ZONE,
    last_error   VARCHAR(500)
);
CREATE INDEX callback_due ON callback (due_at);

CREATE TABLE setting (
    name  VARCHAR(40)  PRIMARY KEY,
    setting_value VARCHAR(200) NOT NULL
);
