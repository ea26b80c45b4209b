-- Notifications a person chose (issue 13): one row per topic they opted in to, with the date of that explicit
-- consent; unsubscribing keeps the row (unsubscribed_at) so that a second click on the link changes nothing.
-- Topics: QUARTIER:<code>, COUNCIL:<id>, PROPOSAL:* (the proposals I follow), WALK:* (the walks I took part in).
-- The unsubscribe link is signed (HMAC over the row's id and opt-in instant): no token is stored.
CREATE TABLE notify_subscription (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT       NOT NULL,
    topic           VARCHAR(96)  NOT NULL,
    channel         VARCHAR(8)   NOT NULL DEFAULT 'EMAIL',
    mode            VARCHAR(12)  NOT NULL,
    opted_in_at     DATETIME(6)  NOT NULL,
    unsubscribed_at DATETIME(6)  NULL,
    CONSTRAINT uq_notify_subscription UNIQUE (account_id, topic, channel),
    CONSTRAINT fk_notify_subscription_account FOREIGN KEY (account_id) REFERENCES app_user (id) ON DELETE CASCADE,
    INDEX ix_notify_subscription_topic (topic)
);

-- What waits for a weekly digest; digest_week (ISO week, Europe/Paris, such as 2026-W49) once it left.
CREATE TABLE notify_pending (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subscription_id BIGINT        NOT NULL,
    subject         VARCHAR(255)  NOT NULL,
    body            TEXT          NOT NULL,
    link            VARCHAR(512)  NULL,
    created_at      DATETIME(6)   NOT NULL,
    digest_week     VARCHAR(8)    NULL,
    CONSTRAINT fk_notify_pending_subscription FOREIGN KEY (subscription_id) REFERENCES notify_subscription (id) ON DELETE CASCADE,
    INDEX ix_notify_pending_week (digest_week)
);

-- One digest per person and week: running the job twice in a week sends nothing more.
CREATE TABLE notify_digest (
    account_id BIGINT      NOT NULL,
    week       VARCHAR(8)  NOT NULL,
    sent_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id, week),
    CONSTRAINT fk_notify_digest_account FOREIGN KEY (account_id) REFERENCES app_user (id) ON DELETE CASCADE
);
