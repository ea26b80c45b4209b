-- The yearly plenary of the conseils citoyens (issue 18; DOMAIN.md §1.7, §5.1, §7 I.44): the representatives of each
-- conseil (3 per collège, 1 to the comité opérationnel de suivi), the invitation list, the conseils' contributions and
-- residents' comments, the motions voted live through the voting core, and the avis sent to the city with its answer.
CREATE TABLE plenary (
    id                       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plenary_year             INT           NOT NULL,
    title                    VARCHAR(200)  NOT NULL,
    starts_at                DATETIME(6)   NOT NULL,
    place                    VARCHAR(255)  NOT NULL,
    agenda                   TEXT          NOT NULL,
    quorum_percent           INT           NOT NULL,
    answer_months            INT           NOT NULL,
    contribution_deadline    DATETIME(6)   NOT NULL,
    suppleants_allowed       BOOLEAN       NOT NULL,
    invitations_final_at     DATETIME(6)   NULL,
    invitations_final_by     VARCHAR(254)  NULL,
    session_status           VARCHAR(16)   NOT NULL,
    minutes_text             MEDIUMTEXT    NULL,
    minutes_status           VARCHAR(16)   NOT NULL,
    minutes_approved_on      DATE          NULL,
    minutes_published_at     DATETIME(6)   NULL,
    demo                     BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by               VARCHAR(254)  NOT NULL,
    created_at               DATETIME(6)   NOT NULL,
    version                  BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_plenary_year UNIQUE (plenary_year),
    CONSTRAINT ck_plenary_quorum CHECK (quorum_percent BETWEEN 1 AND 99),
    CONSTRAINT ck_plenary_answer CHECK (answer_months BETWEEN 1 AND 24),
    CONSTRAINT ck_plenary_deadline CHECK (contribution_deadline <= starts_at),
    CONSTRAINT ck_plenary_session CHECK (session_status IN ('PLANNED', 'OPEN', 'CLOSED')),
    CONSTRAINT ck_plenary_minutes CHECK (minutes_status IN ('NONE', 'DRAFT', 'APPROVED', 'PUBLISHED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The conseils taking part in a plenary (all conseils when it was planned, unless staff chose some).
CREATE TABLE plenary_council (
    plenary_id   BIGINT       NOT NULL,
    council_id   BIGINT       NOT NULL,
    council_name VARCHAR(200) NOT NULL,
    PRIMARY KEY (plenary_id, council_id),
    CONSTRAINT fk_plenary_council_plenary FOREIGN KEY (plenary_id) REFERENCES plenary (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A conseil's representative for the year: HABITANTS or ASSOCIATIONS (3 each, the invitation list) or COMOP (1, the
-- comité opérationnel de suivi). Designated by a member vote of the voting core (basis VOTE, basis_ref = the
-- designation) or by a decision recorded in approved minutes (basis MINUTES, basis_ref = the meeting decision).
CREATE TABLE plenary_representative (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plenary_id      BIGINT       NOT NULL,
    council_id      BIGINT       NOT NULL,
    college         VARCHAR(16)  NOT NULL,
    member_id       BIGINT       NOT NULL,
    full_name       VARCHAR(160) NOT NULL,
    email           VARCHAR(254) NULL,
    suppleant_name  VARCHAR(160) NULL,
    suppleant_email VARCHAR(254) NULL,
    basis           VARCHAR(16)  NOT NULL,
    basis_ref       BIGINT       NOT NULL,
    designated_by   VARCHAR(254) NOT NULL,
    designated_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_plenary_representative UNIQUE (plenary_id, college, member_id),
    CONSTRAINT ck_plenary_representative_college CHECK (college IN ('HABITANTS', 'ASSOCIATIONS', 'COMOP')),
    CONSTRAINT ck_plenary_representative_basis CHECK (basis IN ('VOTE', 'MINUTES')),
    CONSTRAINT fk_plenary_representative_plenary FOREIGN KEY (plenary_id) REFERENCES plenary (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A designation vote among a conseil's members (an APPROVAL vote of the voting core).
CREATE TABLE plenary_designation (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plenary_id  BIGINT       NOT NULL,
    council_id  BIGINT       NOT NULL,
    college     VARCHAR(16)  NOT NULL,
    seats       INT          NOT NULL,
    vote_id     BIGINT       NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    opened_by   VARCHAR(254) NOT NULL,
    opened_at   DATETIME(6)  NOT NULL,
    closed_at   DATETIME(6)  NULL,
    result_note VARCHAR(500) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_plenary_designation_vote UNIQUE (vote_id),
    CONSTRAINT ck_plenary_designation_status CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT fk_plenary_designation_plenary FOREIGN KEY (plenary_id) REFERENCES plenary (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who is in the room: one row per invited seat, the representative or (when allowed) their suppléant.
CREATE TABLE plenary_attendance (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plenary_id        BIGINT       NOT NULL,
    representative_id BIGINT       NOT NULL,
    attendee_name     VARCHAR(160) NOT NULL,
    attendee_email    VARCHAR(254) NULL,
    account_id        BIGINT       NULL,
    standing_in       BOOLEAN      NOT NULL,
    checked_in_by     VARCHAR(254) NOT NULL,
    checked_in_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_plenary_attendance UNIQUE (plenary_id, representative_id),
    CONSTRAINT fk_plenary_attendance_plenary FOREIGN KEY (plenary_id) REFERENCES plenary (id),
    CONSTRAINT fk_plenary_attendance_representative FOREIGN KEY (representative_id) REFERENCES plenary_representative (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A conseil's written contribution, approved by its members before the deadline, then published with the agenda.
CREATE TABLE plenary_contribution (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plenary_id   BIGINT       NOT NULL,
    council_id   BIGINT       NOT NULL,
    council_name VARCHAR(200) NOT NULL,
    title        VARCHAR(200) NOT NULL,
    body         TEXT         NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    written_by   VARCHAR(254) NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    approved_on  DATE         NULL,
    approved_by  VARCHAR(254) NULL,
    decision_id  BIGINT       NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_plenary_contribution UNIQUE (plenary_id, council_id),
    CONSTRAINT ck_plenary_contribution_status CHECK (status IN ('DRAFT', 'APPROVED')),
    CONSTRAINT fk_plenary_contribution_plenary FOREIGN KEY (plenary_id) REFERENCES plenary (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Residents' comments on a published contribution, shown once a moderator has accepted them.
CREATE TABLE plenary_comment (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contribution_id BIGINT       NOT NULL,
    author_email    VARCHAR(254) NOT NULL,
    author_name     VARCHAR(160) NOT NULL,
    body            TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    moderated_by    VARCHAR(254) NULL,
    moderated_at    DATETIME(6)  NULL,
    CONSTRAINT ck_plenary_comment_status CHECK (status IN ('PENDING', 'PUBLISHED', 'REJECTED')),
    CONSTRAINT fk_plenary_comment_contribution FOREIGN KEY (contribution_id) REFERENCES plenary_contribution (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A motion voted in session (avis, amendement, désignation), open or secret, through the voting core (vote_id).
CREATE TABLE plenary_motion (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plenary_id  BIGINT        NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    text        TEXT          NOT NULL,
    secrecy     VARCHAR(8)    NOT NULL,
    majority    VARCHAR(16)   NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    vote_id     BIGINT        NULL,
    opened_at   DATETIME(6)   NULL,
    closes_at   DATETIME(6)   NULL,
    closed_at   DATETIME(6)   NULL,
    votes_pour  INT           NULL,
    votes_contre INT          NULL,
    abstentions INT           NULL,
    adopted     BOOLEAN       NULL,
    created_by  VARCHAR(254)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_plenary_motion_vote UNIQUE (vote_id),
    CONSTRAINT ck_plenary_motion_kind CHECK (kind IN ('AVIS', 'AMENDEMENT', 'DESIGNATION')),
    CONSTRAINT ck_plenary_motion_secrecy CHECK (secrecy IN ('OPEN', 'SECRET')),
    CONSTRAINT ck_plenary_motion_majority CHECK (majority IN ('SIMPLE', 'ABSOLUTE', 'TWO_THIRDS')),
    CONSTRAINT ck_plenary_motion_status CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    CONSTRAINT fk_plenary_motion_plenary FOREIGN KEY (plenary_id) REFERENCES plenary (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An avis adopted in plenary, sent to the city, and the answer an elected official gives by the due date.
CREATE TABLE plenary_avis (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plenary_id  BIGINT       NOT NULL,
    motion_id   BIGINT       NOT NULL,
    avis_year   INT          NOT NULL,
    title       VARCHAR(300) NOT NULL,
    text        TEXT         NOT NULL,
    sent_on     DATE         NOT NULL,
    due_on      DATE         NOT NULL,
    answer      TEXT         NULL,
    answered_by VARCHAR(160) NULL,
    answered_on DATE         NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_plenary_avis_motion UNIQUE (motion_id),
    CONSTRAINT ck_plenary_avis_due CHECK (due_on > sent_on),
    CONSTRAINT fk_plenary_avis_plenary FOREIGN KEY (plenary_id) REFERENCES plenary (id),
    CONSTRAINT fk_plenary_avis_motion FOREIGN KEY (motion_id) REFERENCES plenary_motion (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_plenary_avis_year ON plenary_avis (avis_year);
