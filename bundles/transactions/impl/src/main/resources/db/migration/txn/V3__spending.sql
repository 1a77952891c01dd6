-- What each wallet sent in a day and each user in an hour, for the limits: one row per window, added to in the
-- transaction of each transfer or payout (so a refused or rolled-back one counts nothing), read in constant time.
CREATE TABLE spending (
    owner_key    VARCHAR(60) NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    total        BIGINT      NOT NULL,
    sent         INT         NOT NULL,
    PRIMARY KEY (owner_key, window_start)
);
CREATE INDEX spending_window ON spending (window_start);
