-- Issue 12: a role change, a disabling, a deletion or a password change ends the account's other sessions at once.
-- Each session remembers the stamp it was opened with; every request compares it with this column.
ALTER TABLE app_user
    ADD COLUMN security_stamp BIGINT NOT NULL DEFAULT 0;
