-- Conseils citoyens: the council, the QPV it covers, and its members through the mandate (issue 5, part 1).
CREATE TABLE council (
    id                          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug                        VARCHAR(80)  NOT NULL,
    name                        VARCHAR(160) NOT NULL,
    population                  INT          NOT NULL,
    population_source           VARCHAR(160) NOT NULL,
    population_year             INT          NOT NULL,
    seat_rounding               VARCHAR(16)  NOT NULL,
    membres_de_droit_in_parity  BOOLEAN      NOT NULL,
    mandate_start               DATE         NULL,
    mandate_years               INT          NOT NULL,
    arrete_date                 DATE         NULL,
    arrete_reference            VARCHAR(120) NULL,
    arrete_file                 VARCHAR(255) NULL,
    arrete_recorded_by          VARCHAR(254) NULL,
    demo                        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at                  TIMESTAMP(6) NOT NULL,
    updated_at                  TIMESTAMP(6) NOT NULL,
    version                     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_council_slug UNIQUE (slug),
    CONSTRAINT ck_council_population CHECK (population > 0),
    CONSTRAINT ck_council_rounding CHECK (seat_rounding IN ('HALF_UP', 'UP', 'DOWN')),
    CONSTRAINT ck_council_mandate CHECK (mandate_years BETWEEN 1 AND 6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE council_territory (
    council_id   BIGINT NOT NULL,
    territory_id BIGINT NOT NULL,
    PRIMARY KEY (council_id, territory_id),
    CONSTRAINT fk_council_territory_council FOREIGN KEY (council_id) REFERENCES council (id) ON DELETE CASCADE,
    CONSTRAINT fk_council_territory_territory FOREIGN KEY (territory_id) REFERENCES territory (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per person and seat position. A seat is a (collège, seat_no) pair held by a titulaire and a suppléant.
CREATE TABLE council_member (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    council_id      BIGINT       NOT NULL,
    college         VARCHAR(16)  NOT NULL,
    seat_no         INT          NOT NULL,
    position        VARCHAR(16)  NOT NULL,
    origin          VARCHAR(20)  NOT NULL,
    full_name       VARCHAR(160) NOT NULL,
    organisation    VARCHAR(160) NULL,
    email           VARCHAR(254) NULL,
    phone           VARCHAR(32)  NULL,
    public_consent  BOOLEAN      NOT NULL,
    official        BOOLEAN      NOT NULL DEFAULT FALSE,
    status          VARCHAR(16)  NOT NULL,
    start_date      DATE         NOT NULL,
    end_date        DATE         NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_council_member_council FOREIGN KEY (council_id) REFERENCES council (id),
    CONSTRAINT ck_council_member_college CHECK (college IN ('HABITANTS', 'ASSOCIATIONS')),
    CONSTRAINT ck_council_member_position CHECK (position IN ('TITULAIRE', 'SUPPLEANT')),
    CONSTRAINT ck_council_member_origin CHECK (origin IN ('DRAW', 'ASSOCIATION', 'MEMBRE_DE_DROIT', 'ASSISTED')),
    CONSTRAINT ck_council_member_status CHECK (status IN ('ACTIVE', 'ENDED')),
    CONSTRAINT ck_council_member_seat CHECK (seat_no > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_council_member_seat ON council_member (council_id, college, seat_no, status);
