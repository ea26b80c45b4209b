-- Marches exploratoires (DOMAIN.md §3 and §7 G): walks, their diagnostic pins and photos, the diagnostic grid,
-- recommendations with their history, and the evaluations made by a later revisit walk.

-- The diagnostic grid: the five criteria of the 2015 contract, then those admins add. Each has a symbol shown in
-- the map marker and a colour, so that the map never relies on colour alone.
CREATE TABLE walk_criterion (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(32)  NOT NULL,
    label_fr   VARCHAR(120) NOT NULL,
    label_en   VARCHAR(120) NULL,
    symbol     VARCHAR(2)   NOT NULL,
    colour     CHAR(7)      NOT NULL,
    sort_order INT          NOT NULL DEFAULT 100,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    built_in   BOOLEAN      NOT NULL DEFAULT FALSE,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_walk_criterion_code UNIQUE (code),
    CONSTRAINT uk_walk_criterion_symbol UNIQUE (symbol),
    CONSTRAINT ck_walk_criterion_colour CHECK (colour REGEXP '^#[0-9a-fA-F]{6}$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Contrat de ville 2015, L973-1001: signalisation, visibilité, animation des lieux et présence humaine,
-- aménagement d'un lieu, entretien des lieux. Colours keep a 4.5:1 contrast with the white symbol.
INSERT INTO walk_criterion (code, label_fr, label_en, symbol, colour, sort_order, built_in) VALUES
 ('SIGNALISATION', 'Signalisation',                            'Signage',                      'S', '#1c4fa0', 10, TRUE),
 ('VISIBILITE',    'Visibilité',                               'Visibility',                   'V', '#a34700', 20, TRUE),
 ('ANIMATION',     'Animation des lieux et présence humaine', 'Activity and human presence',  'P', '#1e6b33', 30, TRUE),
 ('AMENAGEMENT',   'Aménagement',                              'Layout and design',            'A', '#6f2d91', 40, TRUE),
 ('ENTRETIEN',     'Entretien',                                'Upkeep',                       'E', '#6b5300', 50, TRUE);

CREATE TABLE walk (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title                  VARCHAR(200) NOT NULL,
    territory_id           BIGINT       NOT NULL,
    theme                  VARCHAR(32)  NOT NULL,
    theme_other            VARCHAR(160) NULL,
    organiser              VARCHAR(200) NOT NULL,
    walk_date              DATE         NOT NULL,
    start_time             TIME         NULL,
    time_of_day            VARCHAR(8)   NOT NULL,
    route_geojson          MEDIUMTEXT   NULL,
    group_type             VARCHAR(16)  NOT NULL,
    count_under15          INT          NOT NULL DEFAULT 0,
    count_15_24            INT          NOT NULL DEFAULT 0,
    count_25_44            INT          NOT NULL DEFAULT 0,
    count_45_64            INT          NOT NULL DEFAULT 0,
    count_65_plus          INT          NOT NULL DEFAULT 0,
    state                  VARCHAR(32)  NOT NULL,
    follow_up_summary      TEXT         NULL,
    follow_up_published_at DATETIME(6)  NULL,
    published_at           DATETIME(6)  NULL,
    revisit_of_id          BIGINT       NULL,
    created_by             VARCHAR(254) NOT NULL,
    created_at             DATETIME(6)  NOT NULL,
    updated_at             DATETIME(6)  NOT NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_walk_territory FOREIGN KEY (territory_id) REFERENCES territory (id),
    CONSTRAINT fk_walk_revisit FOREIGN KEY (revisit_of_id) REFERENCES walk (id),
    CONSTRAINT ck_walk_theme CHECK (theme IN ('INSECURITE_FEMMES', 'MOBILITE', 'PARTAGE_ESPACE', 'ACCES_COMMERCES', 'AUTRE')),
    CONSTRAINT ck_walk_time CHECK (time_of_day IN ('DAY', 'EVENING')),
    CONSTRAINT ck_walk_group CHECK (group_type IN ('WOMEN', 'SENIORS', 'CHILDREN', 'TEENAGERS', 'MIXED')),
    CONSTRAINT ck_walk_state CHECK (state IN ('DIAGNOSTIC', 'REFLEXION', 'PRESENTATION', 'RECOMMANDATIONS', 'SUIVI', 'CLOTUREE')),
    CONSTRAINT ck_walk_counts CHECK (count_under15 >= 0 AND count_15_24 >= 0 AND count_25_44 >= 0 AND count_45_64 >= 0
        AND count_65_plus >= 0),
    CONSTRAINT ck_walk_closed_summary CHECK (state <> 'CLOTUREE' OR follow_up_published_at IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_walk_territory ON walk (territory_id, walk_date);

-- The partners involved (police, bailleurs, transporteurs…), each as a kind and the organisation's name.
CREATE TABLE walk_partner (
    walk_id       BIGINT       NOT NULL,
    partner_order INT          NOT NULL,
    kind          VARCHAR(24)  NOT NULL,
    name          VARCHAR(160) NOT NULL,
    PRIMARY KEY (walk_id, partner_order),
    CONSTRAINT fk_walk_partner_walk FOREIGN KEY (walk_id) REFERENCES walk (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The accounts that may capture pins on a walk. Never shown publicly: the public sees counts only.
CREATE TABLE walk_participant (
    walk_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (walk_id, user_id),
    CONSTRAINT fk_walk_participant_walk FOREIGN KEY (walk_id) REFERENCES walk (id) ON DELETE CASCADE,
    CONSTRAINT fk_walk_participant_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A pin of the diagnostic. client_ref makes a resubmitted draft idempotent.
CREATE TABLE walk_observation (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    walk_id         BIGINT        NOT NULL,
    criterion_id    BIGINT        NOT NULL,
    assessment      VARCHAR(8)    NOT NULL,
    severity        INT           NOT NULL,
    text            TEXT          NOT NULL,
    lat             DOUBLE        NOT NULL,
    lon             DOUBLE        NOT NULL,
    observed_at     DATETIME(6)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    author_id       BIGINT        NULL,
    client_ref      CHAR(36)      NULL,
    status          VARCHAR(12)   NOT NULL,
    text_hidden     BOOLEAN       NOT NULL DEFAULT FALSE,
    internal        BOOLEAN       NOT NULL DEFAULT FALSE,
    moderated_by    VARCHAR(254)  NULL,
    moderated_at    DATETIME(6)   NULL,
    moderation_note VARCHAR(500)  NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_walk_observation_walk FOREIGN KEY (walk_id) REFERENCES walk (id),
    CONSTRAINT fk_walk_observation_criterion FOREIGN KEY (criterion_id) REFERENCES walk_criterion (id),
    CONSTRAINT fk_walk_observation_author FOREIGN KEY (author_id) REFERENCES app_user (id),
    CONSTRAINT uk_walk_observation_ref UNIQUE (walk_id, client_ref),
    CONSTRAINT ck_walk_observation_assessment CHECK (assessment IN ('ASSET', 'WEAKNESS')),
    CONSTRAINT ck_walk_observation_severity CHECK (severity BETWEEN 1 AND 3),
    CONSTRAINT ck_walk_observation_status CHECK (status IN ('PENDING', 'PUBLISHED', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_walk_observation_walk ON walk_observation (walk_id, status);
CREATE INDEX ix_walk_observation_status ON walk_observation (status, created_at);

-- A photo, re-encoded without any metadata and stored on disk (agora.uploads.dir); only its file name is here.
CREATE TABLE walk_photo (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    observation_id BIGINT       NOT NULL,
    file_name      VARCHAR(80)  NOT NULL,
    media_type     VARCHAR(32)  NOT NULL,
    original_type  VARCHAR(16)  NOT NULL,
    width          INT          NOT NULL,
    height         INT          NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    uploaded_at    DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_walk_photo_observation FOREIGN KEY (observation_id) REFERENCES walk_observation (id),
    CONSTRAINT uk_walk_photo_file UNIQUE (file_name),
    CONSTRAINT ck_walk_photo_status CHECK (status IN ('PENDING', 'PUBLISHED', 'HIDDEN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_walk_photo_status ON walk_photo (status, uploaded_at);

CREATE TABLE walk_recommendation (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    walk_id        BIGINT        NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    body           TEXT          NOT NULL,
    addressee      VARCHAR(160)  NOT NULL,
    addressee_key  VARCHAR(160)  NOT NULL,
    due_date       DATE          NULL,
    status         VARCHAR(16)   NOT NULL,
    refusal_reason VARCHAR(2000) NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_walk_recommendation_walk FOREIGN KEY (walk_id) REFERENCES walk (id),
    CONSTRAINT ck_walk_recommendation_status CHECK (status IN ('PROPOSEE', 'TRANSMISE', 'ACCEPTEE', 'REFUSEE', 'EN_COURS', 'REALISEE')),
    CONSTRAINT ck_walk_recommendation_refusal CHECK (status <> 'REFUSEE' OR refusal_reason IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_walk_recommendation_walk ON walk_recommendation (walk_id);
CREATE INDEX ix_walk_recommendation_addressee ON walk_recommendation (addressee_key, status);

CREATE TABLE walk_recommendation_observation (
    recommendation_id BIGINT NOT NULL,
    observation_id    BIGINT NOT NULL,
    PRIMARY KEY (recommendation_id, observation_id),
    CONSTRAINT fk_wro_recommendation FOREIGN KEY (recommendation_id) REFERENCES walk_recommendation (id) ON DELETE CASCADE,
    CONSTRAINT fk_wro_observation FOREIGN KEY (observation_id) REFERENCES walk_observation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The public history of a recommendation. actor_org is the organisation that acted, NULL for the city.
CREATE TABLE walk_recommendation_event (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recommendation_id BIGINT       NOT NULL,
    occurred_at       DATETIME(6)  NOT NULL,
    from_status       VARCHAR(16)  NULL,
    to_status         VARCHAR(16)  NOT NULL,
    actor_org         VARCHAR(160) NULL,
    comment           TEXT         NULL,
    CONSTRAINT fk_wre_recommendation FOREIGN KEY (recommendation_id) REFERENCES walk_recommendation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_wre_recommendation ON walk_recommendation_event (recommendation_id, occurred_at);

-- What a later revisit walk found about each recommendation of the earlier walk.
CREATE TABLE walk_revisit_evaluation (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    revisit_walk_id   BIGINT      NOT NULL,
    recommendation_id BIGINT      NOT NULL,
    verdict           VARCHAR(16) NOT NULL,
    comment           TEXT        NULL,
    evaluated_at      DATETIME(6) NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_wre_revisit FOREIGN KEY (revisit_walk_id) REFERENCES walk (id),
    CONSTRAINT fk_wre_eval_recommendation FOREIGN KEY (recommendation_id) REFERENCES walk_recommendation (id),
    CONSTRAINT uk_walk_revisit_evaluation UNIQUE (revisit_walk_id, recommendation_id),
    CONSTRAINT ck_walk_revisit_verdict CHECK (verdict IN ('IMPROVED', 'UNCHANGED', 'WORSE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
