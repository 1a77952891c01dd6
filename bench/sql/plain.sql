-- A plain ledger transaction, the least a transfer between two balances can be: lock the two rows in id order, update
-- both, write two postings, commit. On the bench.* copies.
\set s random(1, :senders)
\set r random(1, :recipients)
SELECT s.account_id AS from_id, r.account_id AS to_id, gen_random_uuid() AS tid
  FROM bench.sender s, bench.recipient r WHERE s.n = :s AND r.n = :r \gset
BEGIN;
SELECT id FROM bench.account WHERE id IN (:from_id, :to_id) ORDER BY id FOR UPDATE;
UPDATE bench.account SET debits_posted = debits_posted + 100 WHERE id = :from_id;
UPDATE bench.account SET credits_posted = credits_posted + 100 WHERE id = :to_id;
INSERT INTO bench.posting (account_id, amount, at) VALUES (:from_id, -100, now());
INSERT INTO bench.posting (account_id, amount, at) VALUES (:to_id, 100, now());
COMMIT;
