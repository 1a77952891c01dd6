-- Idempotency keys of money-moving requests: claimed before the effect runs, completed in the effect's transaction.
CREATE TABLE platform.idempotency_key (
    scope        VARCHAR(200)             NOT NULL,
    idem_key     VARCHAR(255)             NOT NULL,
    fingerprint  CHAR(64)                 NOT NULL,
    request_id   UUID                     NOT NULL,
    state        VARCHAR(12)              NOT NULL,
    lock_token   UUID                     NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE NOT NULL,
    status       INT,
    content_type VARCHAR(100),
    location     VARCHAR(500),
    body         VARCHAR(1000000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, idem_key)
);
CREATE INDEX idempotency_key_expires ON platform.idempotency_key (expires_at);
