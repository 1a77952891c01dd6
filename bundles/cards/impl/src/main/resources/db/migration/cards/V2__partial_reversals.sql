-- Partial reversals: what the merchant gave up of an authorization (its currency) and what that released of the
-- wallet's hold (the wallet's currency); the rest stays held for clearings.
ALTER TABLE authorization_request ADD COLUMN reversed BIGINT NOT NULL DEFAULT 0;
ALTER TABLE authorization_request ADD COLUMN held_released BIGINT NOT NULL DEFAULT 0;
