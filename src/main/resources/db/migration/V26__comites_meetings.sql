-- Comités de quartier as a feature (issue 16; DOMAIN.md §2, §7 F.25-28): the directory facts the territories table
-- does not hold, the maire adjoint of each secteur, and the members a comité convokes to its meetings.
CREATE TABLE comite_profile (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    territory_id       BIGINT       NOT NULL,
    associative_status VARCHAR(160) NULL,
    president          VARCHAR(160) NULL,
    contact_email      VARCHAR(254) NULL,
    contact_phone      VARCHAR(32)  NULL,
    premises           VARCHAR(255) NULL,
    updated_by         VARCHAR(254) NULL,
    updated_at         TIMESTAMP(6) NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_comite_profile UNIQUE (territory_id),
    CONSTRAINT fk_comite_profile_territory FOREIGN KEY (territory_id) REFERENCES territory (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE comite_secteur (
    secteur_id   BIGINT       NOT NULL PRIMARY KEY,
    maire_adjoint VARCHAR(160) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_comite_secteur_territory FOREIGN KEY (secteur_id) REFERENCES territory (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE comite_member (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    territory_id  BIGINT       NOT NULL,
    full_name     VARCHAR(160) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    phone         VARCHAR(32)  NULL,
    share_contact BOOLEAN      NOT NULL,
    voting        BOOLEAN      NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_comite_member UNIQUE (territory_id, email),
    CONSTRAINT fk_comite_member_territory FOREIGN KEY (territory_id) REFERENCES territory (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Meetings of any body (issue 16; DOMAIN.md §1.7, §7 E.18-20). A body is a conseil citoyen, one of its collèges or
-- a comité de quartier; its settings (premises, quorum rule, minutes visibility) live here.
CREATE TABLE meeting_body (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    body_key         VARCHAR(64)  NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    ref_id           BIGINT       NOT NULL,
    college          VARCHAR(16)  NULL,
    name             VARCHAR(200) NOT NULL,
    territory_id     BIGINT       NULL,
    premises         VARCHAR(255) NULL,
    quorum_percent   INT          NOT NULL,
    minutes_public   BOOLEAN      NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_meeting_body UNIQUE (body_key),
    CONSTRAINT ck_meeting_body_kind CHECK (kind IN ('COUNCIL', 'COLLEGE', 'COMITE')),
    CONSTRAINT ck_meeting_body_quorum CHECK (quorum_percent BETWEEN 0 AND 99)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    body_id                BIGINT        NOT NULL,
    title                  VARCHAR(200)  NOT NULL,
    starts_at              TIMESTAMP(6)  NOT NULL,
    ends_at                TIMESTAMP(6)  NOT NULL,
    place                  VARCHAR(255)  NOT NULL,
    remote_link            VARCHAR(500)  NULL,
    public_meeting         BOOLEAN       NOT NULL,
    contribution_deadline  TIMESTAMP(6)  NULL,
    status                 VARCHAR(16)   NOT NULL,
    convoked_at            TIMESTAMP(6)  NULL,
    minutes_text           MEDIUMTEXT    NULL,
    minutes_status         VARCHAR(16)   NOT NULL,
    minutes_public         BOOLEAN       NOT NULL,
    minutes_approved_on    DATE          NULL,
    minutes_published_at   TIMESTAMP(6)  NULL,
    created_by             VARCHAR(254)  NOT NULL,
    created_at             TIMESTAMP(6)  NOT NULL,
    uid                    VARCHAR(64)   NOT NULL,
    sequence_no            INT           NOT NULL,
    demo                   BOOLEAN       NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_meeting_uid UNIQUE (uid),
    CONSTRAINT fk_meeting_body FOREIGN KEY (body_id) REFERENCES meeting_body (id),
    CONSTRAINT ck_meeting_status CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
    CONSTRAINT ck_meeting_minutes CHECK (minutes_status IN ('NONE', 'DRAFT', 'APPROVED', 'PUBLISHED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_meeting_starts ON meeting (starts_at);
CREATE INDEX ix_meeting_body ON meeting (body_id, starts_at);

CREATE TABLE meeting_agenda_item (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    detail      VARCHAR(2000) NULL,
    contribution_id BIGINT    NULL,
    CONSTRAINT fk_agenda_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_contribution (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id   BIGINT        NOT NULL,
    author_email VARCHAR(254)  NOT NULL,
    author_name  VARCHAR(160)  NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    body         VARCHAR(4000) NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    submitted_at TIMESTAMP(6)  NOT NULL,
    decided_by   VARCHAR(254)  NULL,
    CONSTRAINT fk_contribution_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT ck_contribution_status CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_answer (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id  BIGINT       NOT NULL,
    member_key  VARCHAR(40)  NOT NULL,
    member_name VARCHAR(160) NOT NULL,
    present     BOOLEAN      NOT NULL,
    answered_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_meeting_answer UNIQUE (meeting_id, member_key),
    CONSTRAINT fk_answer_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_attendance (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id    BIGINT       NOT NULL,
    member_key    VARCHAR(40)  NOT NULL,
    member_name   VARCHAR(160) NOT NULL,
    voting        BOOLEAN      NOT NULL,
    checked_in_at TIMESTAMP(6) NOT NULL,
    checked_by    VARCHAR(254) NOT NULL,
    CONSTRAINT uk_meeting_attendance UNIQUE (meeting_id, member_key),
    CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A decision by show of hands: the counts only, never who voted what.
CREATE TABLE meeting_decision (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id      BIGINT        NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    votes_for       INT           NOT NULL,
    votes_against   INT           NOT NULL,
    abstentions     INT           NOT NULL,
    voting_present  INT           NOT NULL,
    quorum_required INT           NOT NULL,
    adopted         BOOLEAN       NOT NULL,
    recorded_by     VARCHAR(254)  NOT NULL,
    recorded_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_decision_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Private calendar feeds: only the SHA-256 of the secret token is kept; revoking keeps the row.
CREATE TABLE meeting_feed_token (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    body_id     BIGINT       NOT NULL,
    member_key  VARCHAR(40)  NULL,
    owner_email VARCHAR(254) NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    revoked_at  TIMESTAMP(6) NULL,
    CONSTRAINT uk_meeting_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_feed_body FOREIGN KEY (body_id) REFERENCES meeting_body (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Visites de proximité (DOMAIN.md §2, §7 F.27) and their items, followed publicly until closed.
CREATE TABLE visite (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    comite_id   BIGINT        NOT NULL,
    visit_date  DATE          NOT NULL,
    route       VARCHAR(500)  NULL,
    elus        VARCHAR(500)  NULL,
    services    VARCHAR(500)  NULL,
    created_by  VARCHAR(254)  NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    demo        BOOLEAN       NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_visite_comite FOREIGN KEY (comite_id) REFERENCES territory (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_visite_comite ON visite (comite_id, visit_date);

CREATE TABLE visite_item (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    visite_id    BIGINT        NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    description  VARCHAR(2000) NOT NULL,
    lat          DOUBLE        NOT NULL,
    lon          DOUBLE        NOT NULL,
    service      VARCHAR(160)  NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    answer       VARCHAR(2000) NULL,
    status_date  DATE          NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_visite_item_visite FOREIGN KEY (visite_id) REFERENCES visite (id),
    CONSTRAINT ck_visite_item_kind CHECK (kind IN ('PROBLEM', 'NEED')),
    CONSTRAINT ck_visite_item_status CHECK (status IN ('OPEN', 'IN_PROGRESS', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Consultations before works (DOMAIN.md §2, §7 F.28): the window must close before the planned start.
CREATE TABLE chantier (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title               VARCHAR(200)  NOT NULL,
    location            VARCHAR(255)  NOT NULL,
    lat                 DOUBLE        NOT NULL,
    lon                 DOUBLE        NOT NULL,
    comite_id           BIGINT        NULL,
    services            VARCHAR(500)  NOT NULL,
    information         VARCHAR(4000) NOT NULL,
    documents           VARCHAR(2000) NULL,
    works_start         DATE          NOT NULL,
    opens_on            DATE          NOT NULL,
    closes_on           DATE          NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    summary             VARCHAR(8000) NULL,
    summary_published_at TIMESTAMP(6) NULL,
    created_by          VARCHAR(254)  NOT NULL,
    created_at          TIMESTAMP(6)  NOT NULL,
    demo                BOOLEAN       NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_chantier_comite FOREIGN KEY (comite_id) REFERENCES territory (id),
    CONSTRAINT ck_chantier_status CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT ck_chantier_window CHECK (opens_on <= closes_on AND closes_on < works_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One avis per signed-in resident and chantier (comments during the works are not limited).
CREATE TABLE chantier_avis (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    chantier_id  BIGINT        NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    author_email VARCHAR(254)  NOT NULL,
    author_name  VARCHAR(160)  NOT NULL,
    body         VARCHAR(4000) NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    submitted_at TIMESTAMP(6)  NOT NULL,
    moderated_by VARCHAR(254)  NULL,
    one_avis     VARCHAR(254)  AS (CASE WHEN kind = 'AVIS' THEN author_email END) PERSISTENT,
    CONSTRAINT uk_chantier_avis UNIQUE (chantier_id, one_avis),
    CONSTRAINT fk_avis_chantier FOREIGN KEY (chantier_id) REFERENCES chantier (id),
    CONSTRAINT ck_avis_kind CHECK (kind IN ('AVIS', 'COMMENT')),
    CONSTRAINT ck_avis_status CHECK (status IN ('PENDING', 'PUBLISHED', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
