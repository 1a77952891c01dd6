-- Where a merchant wants to hear of its payments: an HTTPS (or allowed HTTP) URL, the event types, the signing secret.
-- ACTIVE, DISABLED (failing for days, or by its merchant) or DELETED (kept for the deliveries' history).
CREATE TABLE webhook_endpoint (
    id              UUID          NOT NULL PRIMARY KEY,
    merchant_id     UUID          NOT NULL,
    url             VARCHAR(2000) NOT NULL,
    events          VARCHAR(500)  NOT NULL,
    secret          VARCHAR(100)  NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    disabled_reason VARCHAR(300),
    failing_since   TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX webhook_endpoint_merchant ON webhook_endpoint (merchant_id);

-- One event for one endpoint (its webhook-id), PENDING until DELIVERED or, once every retry failed, FAILED.
CREATE TABLE webhook_message (
    id              UUID          NOT NULL PRIMARY KEY,
    endpoint_id     UUID          NOT NULL REFERENCES webhook_endpoint (id),
    event_id        UUID          NOT NULL,
    event_type      VARCHAR(60)   NOT NULL,
    body            VARCHAR(8000) NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_message_due ON webhook_message (status, next_attempt_at);
CREATE INDEX webhook_message_endpoint ON webhook_message (endpoint_id, created_at);

-- Every try of a message: when, the answer's status (null when none came), how long it took, what went wrong.
CREATE TABLE webhook_attempt (
    id           UUID         NOT NULL PRIMARY KEY,
    message_id   UUID         NOT NULL REFERENCES webhook_message (id),
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status_code  INT,
    duration_ms  INT          NOT NULL,
    error        VARCHAR(500)
);
CREATE INDEX webhook_attempt_message ON webhook_attempt (message_id, attempted_at);
