-- Agora: shared module. Accounts, roles, one-time tokens, the mail outbox and the append-only audit log.

CREATE TABLE territory (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(64)  NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    name            VARCHAR(160) NOT NULL,
    parent_id       BIGINT       NULL,
    population      INT          NULL,
    population_year INT          NULL,
    valid_from      DATE         NOT NULL,
    valid_to        DATE         NULL,
    centre_lat      DOUBLE       NULL,
    centre_lon      DOUBLE       NULL,
    polygon_geojson MEDIUMTEXT   NULL,
    source          VARCHAR(255) NULL,
    demo            BOOLEAN      NOT NULL DEFAULT FALSE,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_territory_code_from UNIQUE (code, valid_from),
    CONSTRAINT fk_territory_parent FOREIGN KEY (parent_id) REFERENCES territory (id),
    CONSTRAINT ck_territory_kind CHECK (kind IN ('SECTEUR', 'QPV', 'VEILLE', 'COMITE')),
    CONSTRAINT ck_territory_dates CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT ck_territory_population CHECK (population IS NULL OR population >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email              VARCHAR(254) NOT NULL,
    display_name       VARCHAR(120) NOT NULL,
    password_hash      VARCHAR(255) NOT NULL,
    quartier_id        BIGINT       NULL,
    organisation       VARCHAR(160) NULL,
    locale             VARCHAR(8)   NOT NULL DEFAULT 'fr',
    email_verified     BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled            BOOLEAN      NOT NULL DEFAULT TRUE,
    consent_at         DATETIME(6)  NULL,
    consent_version    VARCHAR(32)  NULL,
    failed_logins      INT          NOT NULL DEFAULT 0,
    first_failed_at    DATETIME(6)  NULL,
    locked_until       DATETIME(6)  NULL,
    created_at         DATETIME(6)  NOT NULL,
    last_login_at      DATETIME(6)  NULL,
    anonymised_at      DATETIME(6)  NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_app_user_email UNIQUE (email),
    CONSTRAINT fk_app_user_quartier FOREIGN KEY (quartier_id) REFERENCES territory (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Only the SHA-256 of a token is stored: a leaked table gives no usable link.
CREATE TABLE account_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT      NOT NULL,
    purpose    VARCHAR(24) NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_token_purpose CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mail_outbox (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient  VARCHAR(254) NOT NULL,
    subject    VARCHAR(255) NOT NULL,
    body       MEDIUMTEXT   NOT NULL,
    status     VARCHAR(16)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    sent_at    DATETIME(6)  NULL,
    error      VARCHAR(1000) NULL,
    CONSTRAINT ck_mail_status CHECK (status IN ('SENT', 'STORED', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_mail_outbox_created ON mail_outbox (created_at);

CREATE TABLE audit_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(254) NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    target_type VARCHAR(64)  NULL,
    target_id   VARCHAR(128) NULL,
    details     TEXT         NULL,
    outcome     VARCHAR(16)  NOT NULL DEFAULT 'OK'
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);

-- The audit log is append-only, in the database as well as in the code.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
