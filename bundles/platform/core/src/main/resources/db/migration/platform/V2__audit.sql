-- Append-only and hash-chained: hash = SHA-256(prev_hash, seq, recorded_at, actor, action, target, detail).
-- seq is handed out under the lock on audit_head, so it has no gaps: a missing number is a removed entry.
CREATE TABLE platform.audit_log (
    seq       BIGINT                   NOT NULL PRIMARY KEY,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor     VARCHAR(200)             NOT NULL,
    action    VARCHAR(100)             NOT NULL,
    target    VARCHAR(300)             NOT NULL,
    detail    VARCHAR(10000)           NOT NULL,
    prev_hash CHAR(64)                 NOT NULL,
    hash      CHAR(64)                 NOT NULL
);

-- The newest link; appenders lock this row, which serialises them across threads and nodes.
CREATE TABLE platform.audit_head (
    id   INT      NOT NULL PRIMARY KEY,
    seq  BIGINT   NOT NULL,
    hash CHAR(64) NOT NULL
);
INSERT INTO platform.audit_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
