-- Budget participatif (2/2), issue 17: the vote of an edition on the voting core, its results per envelope, the
-- published Pabulib files, paper batches, residents confirmed by staff, and the tracking of the winners.
-- Nothing here links a person to a choice: the choices live in the voting core's ballot box only (voting_ballot),
-- the budget keeps which core vote holds each envelope's ballots.

-- The vote settings of an edition and where it stands (SETTING, OPEN, CLOSED).
CREATE TABLE budget_vote (
    edition_id   BIGINT      NOT NULL PRIMARY KEY,
    ballot_type  VARCHAR(16) NOT NULL,
    max_choices  INT         NOT NULL,
    rule         VARCHAR(16) NOT NULL,
    min_age      INT         NOT NULL DEFAULT 16,
    eligibility  VARCHAR(16) NOT NULL,
    lot_seed     BIGINT      NOT NULL,
    state        VARCHAR(16) NOT NULL,
    imported     BOOLEAN     NOT NULL DEFAULT FALSE,
    opened_at    DATETIME(6) NULL,
    closed_at    DATETIME(6) NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_budget_vote_edition FOREIGN KEY (edition_id) REFERENCES budget_edition (id) ON DELETE CASCADE,
    CONSTRAINT ck_budget_vote_age CHECK (min_age BETWEEN 0 AND 120),
    CONSTRAINT ck_budget_vote_max CHECK (max_choices BETWEEN 1 AND 1000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One ballot box per envelope: the city-wide part (envelope_code '*'), a secteur or QPV, the Classes citoyennes.
-- core_vote_id is the voting core's vote holding its ballots; pabulib the published anonymised ballots.
CREATE TABLE budget_vote_box (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    edition_id    BIGINT       NOT NULL,
    envelope_code VARCHAR(32)  NOT NULL,
    name          VARCHAR(160) NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    territory_id  BIGINT       NULL,
    amount_euros  BIGINT       NOT NULL,
    core_vote_id  BIGINT       NULL,
    ballots       INT          NULL,
    blank_ballots INT          NULL,
    rule_key      VARCHAR(64)  NULL,
    pabulib       MEDIUMTEXT   NULL,
    method        VARCHAR(500) NULL,
    CONSTRAINT uk_budget_vote_box UNIQUE (edition_id, envelope_code),
    CONSTRAINT fk_budget_vote_box_vote FOREIGN KEY (edition_id) REFERENCES budget_vote (edition_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The outcome of each project of a box, as the rules engine computed it, with its plain-French explanation.
CREATE TABLE budget_vote_result (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    box_id       BIGINT        NOT NULL,
    project_key  VARCHAR(64)   NOT NULL,
    proposal_id  BIGINT        NULL,
    title        VARCHAR(200)  NOT NULL,
    cost_euros   BIGINT        NOT NULL,
    votes        BIGINT        NOT NULL,
    won          BOOLEAN       NOT NULL,
    position     INT           NOT NULL,
    explanation  VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_budget_vote_result_box FOREIGN KEY (box_id) REFERENCES budget_vote_box (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Paper batches entered by staff, and their check by a second person (the ballots themselves are in the core's
-- box, without batch or voter).
CREATE TABLE budget_vote_batch (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    box_id      BIGINT      NOT NULL,
    label       VARCHAR(60) NOT NULL,
    ballots     INT         NOT NULL,
    entered_by  VARCHAR(254) NOT NULL,
    entered_at  DATETIME(6) NOT NULL,
    checked_by  VARCHAR(254) NULL,
    checked_at  DATETIME(6) NULL,
    matches     BOOLEAN     NULL,
    CONSTRAINT uk_budget_vote_batch UNIQUE (box_id, label),
    CONSTRAINT fk_budget_vote_batch_box FOREIGN KEY (box_id) REFERENCES budget_vote_box (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Residents whose residence staff confirmed (against an imported list or at a counter), when the edition asks it.
CREATE TABLE budget_vote_confirmed (
    edition_id   BIGINT       NOT NULL,
    email        VARCHAR(254) NOT NULL,
    PRIMARY KEY (edition_id, email),
    CONSTRAINT fk_budget_vote_confirmed FOREIGN KEY (edition_id) REFERENCES budget_vote (edition_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The carrying-out of a winning proposal: en étude, en travaux, réalisé (completion date), abandonné (public reason).
CREATE TABLE budget_realisation (
    proposal_id    BIGINT        NOT NULL PRIMARY KEY,
    edition_id     BIGINT        NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    works_start    DATE          NULL,
    completed_on   DATE          NULL,
    abandon_reason VARCHAR(2000) NULL,
    holders_part   VARCHAR(2000) NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_budget_realisation_proposal FOREIGN KEY (proposal_id) REFERENCES budget_proposal (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Photos of the works, sanitised (no metadata) by the shared PhotoSanitiser.
CREATE TABLE budget_realisation_photo (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    proposal_id BIGINT      NOT NULL,
    media_type  VARCHAR(32) NOT NULL,
    content     MEDIUMBLOB  NOT NULL,
    uploaded_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_budget_realisation_photo FOREIGN KEY (proposal_id) REFERENCES budget_realisation (proposal_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
