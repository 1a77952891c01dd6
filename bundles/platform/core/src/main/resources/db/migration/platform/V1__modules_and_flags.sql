-- The desired state of each module, shared by every node. No row: whatever the node booted with.
CREATE TABLE platform.module_state (
    name       VARCHAR(64)              NOT NULL PRIMARY KEY,
    enabled    BOOLEAN                  NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by VARCHAR(200)             NOT NULL,
    reason     VARCHAR(1000)            NOT NULL
);

CREATE TABLE platform.flag (
    name            VARCHAR(100)             NOT NULL PRIMARY KEY,
    enabled         BOOLEAN                  NOT NULL,
    rollout_percent INT                      NOT NULL CHECK (rollout_percent BETWEEN 0 AND 100),
    rollout_by      VARCHAR(10)              NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(200)             NOT NULL
);

-- Allowlisted subjects of a flag: kind USER, MERCHANT or ROLE.
CREATE TABLE platform.flag_allow (
    flag  VARCHAR(100) NOT NULL REFERENCES platform.flag (name) ON DELETE CASCADE,
    kind  VARCHAR(10)  NOT NULL,
    subject VARCHAR(200) NOT NULL,
    PRIMARY KEY (flag, kind, subject)
);
