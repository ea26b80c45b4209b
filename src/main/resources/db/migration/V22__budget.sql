-- Budget participatif (DOMAIN.md §4 and §7 H, items 36-40 and 43): editions with their envelopes and phases,
-- proposals with holders, photos and public history, moderation flags, city services and their reviewers, the
-- commission citoyenne, class accounts (no pupil data), and residents following a proposal.
-- The vote itself (issue 17) reads the proposals whose status is ON_BALLOT (or PASSED, before the ballot opens).

CREATE TABLE budget_category (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(32)  NOT NULL,
    label_fr   VARCHAR(120) NOT NULL,
    label_en   VARCHAR(120) NULL,
    sort_order INT          NOT NULL DEFAULT 100,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_budget_category_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The three kinds of investment the CNV report names (seed 004, L235), and « autre ».
INSERT INTO budget_category (code, label_fr, label_en, sort_order) VALUES
 ('AIRES_DE_JEUX',    'Aires de jeux',     'Playgrounds',       10),
 ('MOBILIER_URBAIN',  'Mobilier urbain',   'Street furniture',  20),
 ('JARDINS_PARTAGES', 'Jardins partagés',  'Shared gardens',    30),
 ('AUTRE',            'Autre',             'Other',             90);

-- The city's services that analyse feasibility, and the accounts (SERVICE_REVIEWER) that answer for each.
CREATE TABLE budget_city_service (
    id   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(32)  NOT NULL,
    name VARCHAR(160) NOT NULL,
    CONSTRAINT uk_budget_city_service_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO budget_city_service (code, name) VALUES
 ('ESPACES_VERTS', 'Direction des espaces verts'),
 ('VOIRIE',        'Direction de la voirie et de l''espace public'),
 ('EDUCATION',     'Direction de l''éducation'),
 ('SPORTS',        'Direction des sports');

CREATE TABLE budget_city_service_reviewer (
    service_id BIGINT       NOT NULL,
    email      VARCHAR(254) NOT NULL,
    PRIMARY KEY (service_id, email),
    CONSTRAINT fk_budget_reviewer_service FOREIGN KEY (service_id) REFERENCES budget_city_service (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE budget_edition (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    edition_year INT          NOT NULL,
    title        VARCHAR(200) NOT NULL,
    total_euros  BIGINT       NOT NULL,
    review_days  INT          NOT NULL DEFAULT 21,
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_budget_edition_year UNIQUE (edition_year),
    CONSTRAINT ck_budget_edition_total CHECK (total_euros > 0),
    CONSTRAINT ck_budget_edition_review CHECK (review_days BETWEEN 1 AND 365)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Earmarked parts of the total: a secteur or QPV (territory_id), or a theme (Classes citoyennes: kind CLASSES).
CREATE TABLE budget_envelope (
    edition_id     BIGINT       NOT NULL,
    envelope_order INT          NOT NULL,
    code           VARCHAR(32)  NOT NULL,
    name           VARCHAR(160) NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    territory_id   BIGINT       NULL,
    amount_euros   BIGINT       NOT NULL,
    PRIMARY KEY (edition_id, envelope_order),
    CONSTRAINT uk_budget_envelope_code UNIQUE (edition_id, code),
    CONSTRAINT fk_budget_envelope_edition FOREIGN KEY (edition_id) REFERENCES budget_edition (id) ON DELETE CASCADE,
    CONSTRAINT fk_budget_envelope_territory FOREIGN KEY (territory_id) REFERENCES territory (id),
    CONSTRAINT ck_budget_envelope_kind CHECK (kind IN ('TERRITORY', 'THEMATIC', 'CLASSES')),
    CONSTRAINT ck_budget_envelope_amount CHECK (amount_euros > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The six phases, with their dates (inclusive, Europe/Paris) and what residents may do in each.
CREATE TABLE budget_phase (
    edition_id       BIGINT      NOT NULL,
    phase            VARCHAR(16) NOT NULL,
    starts_on        DATE        NOT NULL,
    ends_on          DATE        NOT NULL,
    proposals_open   BOOLEAN     NOT NULL DEFAULT FALSE,
    flags_open       BOOLEAN     NOT NULL DEFAULT TRUE,
    following_open   BOOLEAN     NOT NULL DEFAULT TRUE,
    PRIMARY KEY (edition_id, phase),
    CONSTRAINT fk_budget_phase_edition FOREIGN KEY (edition_id) REFERENCES budget_edition (id) ON DELETE CASCADE,
    CONSTRAINT ck_budget_phase CHECK (phase IN ('DEPOT', 'ANALYSE', 'COMMISSION', 'VOTE', 'RESULTATS', 'REALISATION')),
    CONSTRAINT ck_budget_phase_dates CHECK (starts_on <= ends_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE budget_commission_member (
    edition_id BIGINT       NOT NULL,
    email      VARCHAR(254) NOT NULL,
    PRIMARY KEY (edition_id, email),
    CONSTRAINT fk_budget_commission_edition FOREIGN KEY (edition_id) REFERENCES budget_edition (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A class account: a teacher submits the class's projects. No column for pupils' personal data, by design
-- (DOMAIN.md §7 H 43); the « maire de classe » is a role label, never a name.
CREATE TABLE budget_class_account (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    teacher_email VARCHAR(254) NOT NULL,
    school        VARCHAR(160) NOT NULL,
    class_label   VARCHAR(60)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_budget_class UNIQUE (teacher_email, school, class_label)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE budget_proposal (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    edition_id           BIGINT        NOT NULL,
    envelope_code        VARCHAR(32)   NULL,
    title                VARCHAR(160)  NOT NULL,
    description          TEXT          NOT NULL,
    category_id          BIGINT        NULL,
    lat                  DOUBLE        NULL,
    lon                  DOUBLE        NULL,
    territory_id         BIGINT        NULL,
    estimated_euros      BIGINT        NULL,
    investment_declared  BOOLEAN       NOT NULL DEFAULT FALSE,
    holder_kind          VARCHAR(16)   NOT NULL,
    holder_name          VARCHAR(160)  NULL,
    class_account_id     BIGINT        NULL,
    channel              VARCHAR(16)   NOT NULL,
    entered_by           VARCHAR(254)  NULL,
    assisted_place       VARCHAR(160)  NULL,
    assisted_contact     VARCHAR(254)  NULL,
    status               VARCHAR(24)   NOT NULL,
    hidden               BOOLEAN       NOT NULL DEFAULT FALSE,
    hidden_reason        VARCHAR(500)  NULL,
    changes_requested    VARCHAR(1000) NULL,
    merged_into_id       BIGINT        NULL,
    service_id           BIGINT        NULL,
    review_due           DATE          NULL,
    review_reasons       TEXT          NULL,
    review_scope         TEXT          NULL,
    service_euros        BIGINT        NULL,
    commission_reason    TEXT          NULL,
    commission_by        VARCHAR(254)  NULL,
    created_by           VARCHAR(254)  NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    submitted_at         DATETIME(6)   NULL,
    updated_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_budget_proposal_edition FOREIGN KEY (edition_id) REFERENCES budget_edition (id),
    CONSTRAINT fk_budget_proposal_category FOREIGN KEY (category_id) REFERENCES budget_category (id),
    CONSTRAINT fk_budget_proposal_territory FOREIGN KEY (territory_id) REFERENCES territory (id),
    CONSTRAINT fk_budget_proposal_class FOREIGN KEY (class_account_id) REFERENCES budget_class_account (id),
    CONSTRAINT fk_budget_proposal_merged FOREIGN KEY (merged_into_id) REFERENCES budget_proposal (id),
    CONSTRAINT fk_budget_proposal_service FOREIGN KEY (service_id) REFERENCES budget_city_service (id),
    CONSTRAINT ck_budget_proposal_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'FEASIBLE', 'FEASIBLE_WITH_CHANGES',
        'NOT_FEASIBLE', 'PASSED', 'REJECTED', 'ON_BALLOT', 'MERGED')),
    CONSTRAINT ck_budget_proposal_holder CHECK (holder_kind IN ('RESIDENT', 'ASSOCIATION', 'COLLECTIVE', 'CLASS')),
    CONSTRAINT ck_budget_proposal_channel CHECK (channel IN ('ONLINE', 'IN_PERSON', 'PAPER')),
    CONSTRAINT ck_budget_proposal_costs CHECK ((estimated_euros IS NULL OR estimated_euros > 0)
        AND (service_euros IS NULL OR service_euros > 0)),
    -- a deposited proposal has everything a draft may lack
    CONSTRAINT ck_budget_proposal_complete CHECK (status = 'DRAFT' OR (category_id IS NOT NULL AND lat IS NOT NULL
        AND lon IS NOT NULL AND estimated_euros IS NOT NULL AND investment_declared))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_budget_proposal_edition ON budget_proposal (edition_id, status);

CREATE TABLE budget_proposal_holder (
    proposal_id BIGINT       NOT NULL,
    email       VARCHAR(254) NOT NULL,
    PRIMARY KEY (proposal_id, email),
    CONSTRAINT fk_budget_holder_proposal FOREIGN KEY (proposal_id) REFERENCES budget_proposal (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_budget_holder_email ON budget_proposal_holder (email);

CREATE TABLE budget_proposal_photo (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    proposal_id BIGINT       NOT NULL,
    file_name   VARCHAR(80)  NOT NULL,
    media_type  VARCHAR(32)  NOT NULL,
    width       INT          NOT NULL,
    height      INT          NOT NULL,
    size_bytes  INT          NOT NULL,
    uploaded_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_budget_photo_proposal FOREIGN KEY (proposal_id) REFERENCES budget_proposal (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The public history of a proposal: what happened, when, with the reason given (never who, for residents).
CREATE TABLE budget_proposal_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    proposal_id BIGINT       NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    status      VARCHAR(24)  NOT NULL,
    reason      TEXT         NULL,
    public_note BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_budget_event_proposal FOREIGN KEY (proposal_id) REFERENCES budget_proposal (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_budget_event_proposal ON budget_proposal_event (proposal_id, occurred_at);

CREATE TABLE budget_flag (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    proposal_id BIGINT        NOT NULL,
    email       VARCHAR(254)  NOT NULL,
    reason      VARCHAR(500)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    resolved_at DATETIME(6)   NULL,
    CONSTRAINT uk_budget_flag UNIQUE (proposal_id, email),
    CONSTRAINT fk_budget_flag_proposal FOREIGN KEY (proposal_id) REFERENCES budget_proposal (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE budget_follower (
    proposal_id BIGINT       NOT NULL,
    email       VARCHAR(254) NOT NULL,
    PRIMARY KEY (proposal_id, email),
    CONSTRAINT fk_budget_follower_proposal FOREIGN KEY (proposal_id) REFERENCES budget_proposal (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_budget_follower_email ON budget_follower (email);
