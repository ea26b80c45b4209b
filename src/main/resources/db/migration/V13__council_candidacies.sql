-- Calls for candidacies (appels à candidatures) of a conseil citoyen and the candidacies they receive, online or
-- entered by staff from paper ("saisie assistée"). Issue 5, "Candidacies"; DOMAIN.md §1.5, §7 C.
CREATE TABLE council_campaign (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    council_id     BIGINT        NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    title          VARCHAR(160)  NOT NULL,
    description    VARCHAR(4000) NULL,
    channels       VARCHAR(500)  NULL,
    opens_at       TIMESTAMP(6)  NOT NULL,
    closes_at      TIMESTAMP(6)  NOT NULL,
    minimum_age    INT           NOT NULL,
    created_by     VARCHAR(254)  NOT NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_council_campaign_council FOREIGN KEY (council_id) REFERENCES council (id),
    CONSTRAINT ck_council_campaign_kind CHECK (kind IN ('HABITANT', 'ASSOCIATION')),
    CONSTRAINT ck_council_campaign_dates CHECK (closes_at > opens_at),
    CONSTRAINT ck_council_campaign_age CHECK (minimum_age BETWEEN 11 AND 25)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One candidacy. Habitants give what eligibility and the draw need (residence, age, sex, EU/non-EU flag, never the
-- nationality itself); associations name their organisation, a contact, a titulaire and a suppléant.
CREATE TABLE council_candidacy (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id        BIGINT        NOT NULL,
    reference          VARCHAR(16)   NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    duplicate_key      CHAR(64)      NOT NULL,
    last_name          VARCHAR(100)  NOT NULL,
    first_name         VARCHAR(100)  NOT NULL,
    email              VARCHAR(254)  NULL,
    phone              VARCHAR(32)   NULL,
    locale             VARCHAR(8)    NOT NULL,
    territory_id       BIGINT        NULL,
    address            VARCHAR(255)  NULL,
    postcode           VARCHAR(10)   NULL,
    birth_date         DATE          NULL,
    sex                VARCHAR(10)   NULL,
    eu                 VARCHAR(8)    NULL,
    organisation       VARCHAR(160)  NULL,
    organisation_type  VARCHAR(20)   NULL,
    titulaire_name     VARCHAR(160)  NULL,
    titulaire_email    VARCHAR(254)  NULL,
    suppleant_name     VARCHAR(160)  NULL,
    suppleant_email    VARCHAR(254)  NULL,
    consent_version    VARCHAR(32)   NOT NULL,
    assisted           BOOLEAN       NOT NULL,
    entered_by         VARCHAR(254)  NULL,
    received_by        VARCHAR(160)  NULL,
    received_on        DATE          NOT NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    withdrawn_at       TIMESTAMP(6)  NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_council_candidacy_campaign FOREIGN KEY (campaign_id) REFERENCES council_campaign (id),
    CONSTRAINT fk_council_candidacy_territory FOREIGN KEY (territory_id) REFERENCES territory (id),
    CONSTRAINT uk_council_candidacy_reference UNIQUE (reference),
    CONSTRAINT uk_council_candidacy_duplicate UNIQUE (campaign_id, duplicate_key),
    CONSTRAINT ck_council_candidacy_status CHECK (status IN ('RECEIVED', 'WITHDRAWN')),
    CONSTRAINT ck_council_candidacy_sex CHECK (sex IS NULL OR sex IN ('FEMALE', 'MALE', 'UNSTATED')),
    CONSTRAINT ck_council_candidacy_eu CHECK (eu IS NULL OR eu IN ('EU', 'NON_EU', 'UNKNOWN')),
    CONSTRAINT ck_council_candidacy_org_type CHECK (organisation_type IS NULL OR organisation_type IN
        ('LOCATAIRES', 'PARENTS_ELEVES', 'COLLECTIF', 'TABLE_QUARTIER', 'AUTRE_ASSOCIATION', 'ACTEUR_LOCAL')),
    CONSTRAINT ck_council_candidacy_assisted CHECK (assisted = FALSE OR entered_by IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_council_candidacy_campaign ON council_candidacy (campaign_id, status);
CREATE INDEX ix_council_campaign_council ON council_campaign (council_id, closes_at);
