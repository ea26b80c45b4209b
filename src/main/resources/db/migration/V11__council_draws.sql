-- The draw of a conseil citoyen's Collège Habitants: the pool (minimised at import), the quotas, the commitment,
-- the LEXIMIN distribution and the verifiable record (issue 5, part 2).
CREATE TABLE council_draw (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    council_id         BIGINT       NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    seats              INT          NOT NULL,
    panel_size         INT          NOT NULL,
    person_key_secret  VARBINARY(32) NOT NULL,
    quotas_json        MEDIUMTEXT   NULL,
    commitment         CHAR(64)     NULL,
    frozen_at          TIMESTAMP(6) NULL,
    distribution_json  MEDIUMTEXT   NULL,
    leximin_min        DOUBLE       NULL,
    leximin_max        DOUBLE       NULL,
    legacy_min         DOUBLE       NULL,
    compute_seconds    DOUBLE       NULL,
    entropy            VARCHAR(500) NULL,
    witnesses          VARCHAR(500) NULL,
    record_json        MEDIUMTEXT   NULL,
    drawn_at           TIMESTAMP(6) NULL,
    created_by         VARCHAR(254) NOT NULL,
    created_at         TIMESTAMP(6) NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_council_draw_council FOREIGN KEY (council_id) REFERENCES council (id),
    CONSTRAINT ck_council_draw_status CHECK (status IN ('OPEN', 'FROZEN', 'COMPUTED', 'DRAWN')),
    CONSTRAINT ck_council_draw_panel CHECK (panel_size > 0 AND seats > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Only what stratification and contact need: no birth date, no nationality.
CREATE TABLE council_pool_person (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    draw_id         BIGINT       NOT NULL,
    person_key      CHAR(64)     NOT NULL,
    last_name       VARCHAR(200) NOT NULL,
    first_name      VARCHAR(200) NOT NULL,
    sex             VARCHAR(10)  NOT NULL,
    age_band        VARCHAR(16)  NOT NULL,
    eu              VARCHAR(8)   NOT NULL,
    sub_area        VARCHAR(200) NOT NULL,
    postal_address  VARCHAR(620) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    phone           VARCHAR(20)  NOT NULL,
    sources         VARCHAR(100) NOT NULL,
    CONSTRAINT fk_council_pool_person_draw FOREIGN KEY (draw_id) REFERENCES council_draw (id),
    CONSTRAINT uk_council_pool_person_key UNIQUE (draw_id, person_key),
    CONSTRAINT ck_council_pool_person_sex CHECK (sex IN ('FEMALE', 'MALE', 'UNSTATED')),
    CONSTRAINT ck_council_pool_person_eu CHECK (eu IN ('EU', 'NON_EU', 'UNKNOWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE council_pool_import (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    draw_id      BIGINT       NOT NULL,
    source       VARCHAR(20)  NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    data_rows    INT          NOT NULL,
    added        INT          NOT NULL,
    merged       INT          NOT NULL,
    left_out     INT          NOT NULL,
    imported_by  VARCHAR(254) NOT NULL,
    imported_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_council_pool_import_draw FOREIGN KEY (draw_id) REFERENCES council_draw (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
