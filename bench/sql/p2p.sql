-- The SQL of one P2P transfer POST, statement for statement as Drop sends it (captured with log_statement = all), on
-- the bench.* copies: the idempotency claim committing on its own, then the transfer's transaction. One statement
-- more than Drop: the \gset lookup that picks a sender and a recipient (and makes the ids Drop makes in Java).
\set s random(1, :senders)
\set r random(1, :recipients)
SELECT s.account_id AS from_id, s.user_id AS user_id, r.account_id AS to_id, gen_random_uuid() AS tid,
       gen_random_uuid() AS token, gen_random_uuid() AS idem, gen_random_uuid() AS event
  FROM bench.sender s, bench.recipient r WHERE s.n = :s AND r.n = :r \gset
INSERT INTO bench.idempotency_key (scope, idem_key, fingerprint, request_id, state, lock_token, locked_until, created_at, expires_at)
    VALUES (:user_id, :idem, 'ad3c5b5cb4a5dc4ab5c0a2b42a2a2d5b5a4c3e2f1a0b9c8d7e6f5a4b3c2d1e0f', :tid, 'STARTED', :token,
            now() + INTERVAL '30' SECOND, now(), now() + INTERVAL '1' DAY);
BEGIN;
SELECT id, kind, owner_type, owner_id, currency, status, no_overdraft, debits_pending, debits_posted, credits_pending,
       credits_posted, created_at FROM bench.account WHERE id IN (:from_id, :to_id) ORDER BY id FOR UPDATE;
UPDATE bench.account a
   SET debits_pending = a.debits_pending + c.debits_pending, debits_posted = a.debits_posted + c.debits_posted,
       credits_pending = a.credits_pending + c.credits_pending, credits_posted = a.credits_posted + c.credits_posted
  FROM (VALUES (CAST(:from_id AS UUID), CAST('SEK' AS CHAR(3)), CAST(0 AS BIGINT), CAST(100 AS BIGINT), CAST(0 AS BIGINT),
                CAST(0 AS BIGINT), CAST(true AS BOOLEAN)),
               (CAST(:to_id AS UUID), CAST('SEK' AS CHAR(3)), CAST(0 AS BIGINT), CAST(0 AS BIGINT), CAST(0 AS BIGINT),
                CAST(100 AS BIGINT), CAST(false AS BOOLEAN)))
       AS c (id, currency, debits_pending, debits_posted, credits_pending, credits_posted, debiting)
 WHERE a.id = c.id AND a.currency = c.currency AND a.status <> 'CLOSED' AND (c.debiting = FALSE OR a.status = 'ACTIVE')
   AND (a.no_overdraft = FALSE OR a.debits_posted + c.debits_posted + a.debits_pending + c.debits_pending
                                   <= a.credits_posted + c.credits_posted)
RETURNING a.id, a.debits_pending, a.debits_posted, a.credits_pending, a.credits_posted;
WITH transfers AS (
    INSERT INTO bench.transfer (id, kind, debit_account_id, credit_account_id, amount, released, currency, pending_id,
                                closes_pending, timeout_at, chain_id, code, description, created_at)
    VALUES (:tid, 'POSTED', :from_id, :to_id, 100, 0, 'SEK', NULL, NULL, NULL, :tid, 'p2p', NULL, now())
    RETURNING id)
INSERT INTO bench.entry (account_id, transfer_id, counterparty_id, posted_change, pending_change, balance_after,
                         available_after, created_at)
    VALUES (:from_id, :tid, :to_id, -100, 0, 99800, 99800, now()), (:to_id, :tid, :from_id, 100, 0, 100, 100, now());
INSERT INTO bench.spending AS s (owner_key, window_start, total, sent)
    VALUES ('wallet:' || :from_id, date_trunc('day', now()), 100, 1), ('user:' || :user_id, date_trunc('hour', now()), 100, 1)
    ON CONFLICT (owner_key, window_start) DO UPDATE SET total = s.total + EXCLUDED.total, sent = s.sent + 1
RETURNING owner_key, total, sent;
INSERT INTO bench.outbox_event (id, module, type, aggregate_type, aggregate_id, occurred_at, payload)
    VALUES (:event, 'transactions', 'transfer.completed', 'transfer', :tid, now(),
            '{"amount":{"amount":100,"currency":"SEK"},"toWalletId":"' || :to_id || '","fromWalletId":"' || :from_id
            || '","transferId":"' || :tid || '"}')
RETURNING seq;
SELECT subscriber, event_types, created_at FROM bench.event_subscription ORDER BY subscriber;
UPDATE bench.idempotency_key
   SET state = 'COMPLETED', status = 201, content_type = 'application/json', location = 'v1/transfers/' || :tid,
       body = '{"id":"' || :tid || '","status":"COMPLETED","fromWallet":"' || :from_id || '","toWallet":"' || :to_id
              || '","amount":{"amount":100,"currency":"SEK"},"createdAt":"2026-12-03T12:25:11.941842Z"}'
 WHERE scope = :user_id AND idem_key = :idem AND lock_token = :token AND state = 'STARTED';
COMMIT;
