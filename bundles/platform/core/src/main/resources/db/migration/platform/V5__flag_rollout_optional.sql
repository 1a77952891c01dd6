-- A flag without a rollout percentage (and without allowlists) is on for everyone once switched on.
-- Rows from before keep their percentage, so no flag changes who it is on for by this migration.
ALTER TABLE platform.flag ALTER COLUMN rollout_percent DROP NOT NULL;
