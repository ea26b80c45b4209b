-- The optional election among the volunteer associations of a conseil citoyen's territory, when they outnumber the
-- seats (issue 5; DOMAIN.md §1.6, §7 C.11). Also records a direct designation when they do not (method DIRECT).
--
-- Ballot rule (limited vote): each holder of a one-time code approves one to `seats` distinct associations.
-- Secrecy: the voter register says who has voted (a flag, no time); ballots carry a random id, no voter and no
-- time, so a register row and a ballot cannot be joined.
CREATE TABLE council_election (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id     BIGINT        NOT NULL,
    method          VARCHAR(8)    NOT NULL,
    status          VARCHAR(8)    NOT NULL,
    seats           INT           NOT NULL,
    tie_break       VARCHAR(20)   NOT NULL,
    electorate      VARCHAR(24)   NOT NULL,
    opened_by       VARCHAR(254)  NOT NULL,
    opened_at       TIMESTAMP(6)  NOT NULL,
    closed_by       VARCHAR(254)  NULL,
    closed_at       TIMESTAMP(6)  NULL,
    ballots_cast    INT           NULL,
    ballots_digest  CHAR(64)      NULL,
    seed            CHAR(64)      NULL,
    appointed_by    VARCHAR(254)  NULL,
    appointed_at    TIMESTAMP(6)  NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_council_election_campaign FOREIGN KEY (campaign_id) REFERENCES council_campaign (id),
    CONSTRAINT uk_council_election_campaign UNIQUE (campaign_id),
    CONSTRAINT ck_council_election_method CHECK (method IN ('BALLOT', 'DIRECT')),
    CONSTRAINT ck_council_election_status CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT ck_council_election_tie_break CHECK (tie_break IN ('LOT', 'EARLIEST_CANDIDACY')),
    CONSTRAINT ck_council_election_electorate CHECK (electorate IN ('ONE_PER_ASSOCIATION', 'ONE_PER_REPRESENTATIVE')),
    CONSTRAINT ck_council_election_seats CHECK (seats >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The voter register: one row per code holder. Only the SHA-256 of the one-time code is kept.
CREATE TABLE council_election_voter (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    election_id   BIGINT        NOT NULL,
    candidacy_id  BIGINT        NOT NULL,
    holder        VARCHAR(12)   NOT NULL,
    code_hash     CHAR(64)      NOT NULL,
    voted         BOOLEAN       NOT NULL DEFAULT FALSE,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_council_election_voter_election FOREIGN KEY (election_id) REFERENCES council_election (id),
    CONSTRAINT fk_council_election_voter_candidacy FOREIGN KEY (candidacy_id) REFERENCES council_candidacy (id),
    CONSTRAINT uk_council_election_voter_code UNIQUE (code_hash),
    CONSTRAINT uk_council_election_voter_holder UNIQUE (election_id, candidacy_id, holder),
    CONSTRAINT ck_council_election_voter_holder CHECK (holder IN ('ASSOCIATION', 'TITULAIRE', 'SUPPLEANT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Ballots: a random UUID, the election, nothing else (no voter, no time).
CREATE TABLE council_election_ballot (
    id           CHAR(36)  NOT NULL PRIMARY KEY,
    election_id  BIGINT    NOT NULL,
    CONSTRAINT fk_council_election_ballot_election FOREIGN KEY (election_id) REFERENCES council_election (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The associations a ballot approves.
CREATE TABLE council_election_choice (
    ballot_id     CHAR(36)  NOT NULL,
    candidacy_id  BIGINT    NOT NULL,
    PRIMARY KEY (ballot_id, candidacy_id),
    CONSTRAINT fk_council_election_choice_ballot FOREIGN KEY (ballot_id) REFERENCES council_election_ballot (id),
    CONSTRAINT fk_council_election_choice_candidacy FOREIGN KEY (candidacy_id) REFERENCES council_candidacy (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The recorded result: every candidate with its votes and rank; the first `seats` are elected, the others are
-- ranked alternates. For a direct designation, every candidate is elected with no vote count.
CREATE TABLE council_election_result (
    election_id   BIGINT   NOT NULL,
    candidacy_id  BIGINT   NOT NULL,
    votes         INT      NULL,
    rank_no       INT      NOT NULL,
    elected       BOOLEAN  NOT NULL,
    tie_broken    BOOLEAN  NOT NULL,
    PRIMARY KEY (election_id, candidacy_id),
    CONSTRAINT fk_council_election_result_election FOREIGN KEY (election_id) REFERENCES council_election (id),
    CONSTRAINT fk_council_election_result_candidacy FOREIGN KEY (candidacy_id) REFERENCES council_candidacy (id),
    CONSTRAINT uk_council_election_result_rank UNIQUE (election_id, rank_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_council_election_ballot_election ON council_election_ballot (election_id);
