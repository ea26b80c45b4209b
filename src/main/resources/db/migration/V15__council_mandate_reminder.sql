-- The e-mail reminding staff that a council's mandate ends soon (issue 5; DOMAIN.md §7 B.6): one row per council
-- and mandate end, so that a reminder is never sent twice for the same end, even across restarts or nodes. A new
-- mandate (another start date, hence another end) gets its own reminder.
CREATE TABLE council_mandate_reminder (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    council_id  BIGINT        NOT NULL,
    mandate_end DATE          NOT NULL,
    sent_at     TIMESTAMP(6)  NOT NULL,
    recipients  INT           NOT NULL,
    CONSTRAINT uk_council_mandate_reminder UNIQUE (council_id, mandate_end),
    CONSTRAINT fk_council_mandate_reminder_council FOREIGN KEY (council_id) REFERENCES council (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
