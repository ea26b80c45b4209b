-- The voting core (issue 11, item 4): every vote of the portal (the association election of a conseil citoyen, the
-- budget participatif, the plenary's motions) keeps its registry and its ballot box here. See docs/voting.md.
--
-- Secrecy by design: the registry (voting_voter: who may vote, whether, by which channel, on which day) and the
-- ballot box (voting_ballot, voting_choice) share no column but the vote's id. Ballot ids are random UUIDs (also
-- the clustering order of the table), ballots keep no time, no channel and no voter; receipts (voting_receipt) keep
-- only their hash and the vote. voting_named_ballot is written for open votes (a motion voted by name) only.

CREATE TABLE voting_vote (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    owner           VARCHAR(40)   NOT NULL,
    kind            VARCHAR(12)   NOT NULL,
    secrecy         VARCHAR(8)    NOT NULL,
    disclosure      VARCHAR(8)    NOT NULL,
    self_enrolment  BOOLEAN       NOT NULL DEFAULT FALSE,
    min_choices     INT           NOT NULL,
    max_choices     INT           NOT NULL,
    budget_limit    BIGINT        NULL,
    status          VARCHAR(8)    NOT NULL,
    opened_at       TIMESTAMP(6)  NOT NULL,
    closed_at       TIMESTAMP(6)  NULL,
    ballots_cast    INT           NULL,
    ballots_digest  CHAR(64)      NULL,
    paper_ballots   INT           NOT NULL DEFAULT 0,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_voting_vote_kind CHECK (kind IN ('APPROVAL', 'KNAPSACK', 'MOTION')),
    CONSTRAINT ck_voting_vote_secrecy CHECK (secrecy IN ('SECRET', 'OPEN')),
    CONSTRAINT ck_voting_vote_disclosure CHECK (disclosure IN ('SEALED', 'LIVE')),
    CONSTRAINT ck_voting_vote_status CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT ck_voting_vote_choices CHECK (min_choices >= 0 AND max_choices >= 1 AND max_choices >= min_choices),
    CONSTRAINT ck_voting_vote_paper CHECK (paper_ballots >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The options of a vote, by the owning feature's ids (a candidacy, a project, pour/contre/abstention = 1/2/3).
CREATE TABLE voting_option (
    vote_id    BIGINT  NOT NULL,
    option_id  BIGINT  NOT NULL,
    cost       BIGINT  NULL,
    PRIMARY KEY (vote_id, option_id),
    CONSTRAINT fk_voting_option_vote FOREIGN KEY (vote_id) REFERENCES voting_vote (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The registry: eligibility by account or by the SHA-256 of a one-time code (never the code); voted, channel and
-- the day only (no time). Random ids.
CREATE TABLE voting_voter (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    vote_id     BIGINT        NOT NULL,
    account_id  BIGINT        NULL,
    code_hash   CHAR(64)      NULL,
    subject     VARCHAR(100)  NULL,
    voted       BOOLEAN       NOT NULL DEFAULT FALSE,
    channel     VARCHAR(8)    NULL,
    voted_on    DATE          NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_voting_voter_vote FOREIGN KEY (vote_id) REFERENCES voting_vote (id),
    CONSTRAINT fk_voting_voter_account FOREIGN KEY (account_id) REFERENCES app_user (id),
    CONSTRAINT uk_voting_voter_account UNIQUE (vote_id, account_id),
    CONSTRAINT uk_voting_voter_code UNIQUE (code_hash),
    CONSTRAINT ck_voting_voter_credential CHECK (account_id IS NOT NULL OR code_hash IS NOT NULL),
    CONSTRAINT ck_voting_voter_channel CHECK (channel IS NULL OR channel IN ('ONLINE', 'PAPER')),
    CONSTRAINT ck_voting_voter_mark CHECK (voted = (channel IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_voting_voter_vote ON voting_voter (vote_id, voted, channel);

-- The ballot box: a random UUID and the vote, nothing else.
CREATE TABLE voting_ballot (
    id       CHAR(36)  NOT NULL PRIMARY KEY,
    vote_id  BIGINT    NOT NULL,
    CONSTRAINT fk_voting_ballot_vote FOREIGN KEY (vote_id) REFERENCES voting_vote (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_voting_ballot_vote ON voting_ballot (vote_id);

CREATE TABLE voting_choice (
    ballot_id  CHAR(36)  NOT NULL,
    option_id  BIGINT    NOT NULL,
    PRIMARY KEY (ballot_id, option_id),
    CONSTRAINT fk_voting_choice_ballot FOREIGN KEY (ballot_id) REFERENCES voting_ballot (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Receipts given to online voters: the hash and the vote only.
CREATE TABLE voting_receipt (
    receipt_hash  CHAR(64)  NOT NULL PRIMARY KEY,
    vote_id       BIGINT    NOT NULL,
    CONSTRAINT fk_voting_receipt_vote FOREIGN KEY (vote_id) REFERENCES voting_vote (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Open votes only (names published): which registry line cast which ballot.
CREATE TABLE voting_named_ballot (
    ballot_id  CHAR(36)  NOT NULL PRIMARY KEY,
    voter_id   CHAR(36)  NOT NULL,
    vote_id    BIGINT    NOT NULL,
    CONSTRAINT fk_voting_named_ballot FOREIGN KEY (ballot_id) REFERENCES voting_ballot (id),
    CONSTRAINT fk_voting_named_voter FOREIGN KEY (voter_id) REFERENCES voting_voter (id),
    CONSTRAINT fk_voting_named_vote FOREIGN KEY (vote_id) REFERENCES voting_vote (id),
    CONSTRAINT uk_voting_named_voter UNIQUE (voter_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Paper batches entered by staff: label, size and digest (to check a second entry); the ballots do not name them.
CREATE TABLE voting_paper_batch (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    vote_id     BIGINT       NOT NULL,
    label       VARCHAR(60)  NOT NULL,
    ballots     INT          NOT NULL,
    digest      CHAR(64)     NOT NULL,
    entered_on  DATE         NOT NULL,
    CONSTRAINT fk_voting_paper_batch_vote FOREIGN KEY (vote_id) REFERENCES voting_vote (id),
    CONSTRAINT uk_voting_paper_batch_label UNIQUE (vote_id, label)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The count recorded at the close: votes per option.
CREATE TABLE voting_result (
    vote_id    BIGINT  NOT NULL,
    option_id  BIGINT  NOT NULL,
    votes      BIGINT  NOT NULL,
    PRIMARY KEY (vote_id, option_id),
    CONSTRAINT fk_voting_result_vote FOREIGN KEY (vote_id) REFERENCES voting_vote (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ---- The association elections move onto the core ----------------------------------------------------------------
-- Each ballot election (V16) becomes a vote with the same id (voting_vote is empty here), approval of 1 to `seats`
-- candidacies, secret and sealed; its register, ballots, choices and recorded count move with it; the old tables go.
ALTER TABLE council_election ADD COLUMN vote_id BIGINT NULL,
    ADD CONSTRAINT fk_council_election_vote FOREIGN KEY (vote_id) REFERENCES voting_vote (id),
    ADD CONSTRAINT uk_council_election_vote UNIQUE (vote_id);

INSERT INTO voting_vote (id, owner, kind, secrecy, disclosure, self_enrolment, min_choices, max_choices, status,
                         opened_at, closed_at, ballots_cast, ballots_digest)
SELECT e.id, 'council_election', 'APPROVAL', 'SECRET', 'SEALED', FALSE, 1,
       LEAST(e.seats, GREATEST(1, (SELECT COUNT(DISTINCT v.candidacy_id) FROM council_election_voter v
                                  WHERE v.election_id = e.id))),
       e.status, e.opened_at, e.closed_at, e.ballots_cast, e.ballots_digest
FROM council_election e WHERE e.method = 'BALLOT';

UPDATE council_election SET vote_id = id WHERE method = 'BALLOT';

INSERT INTO voting_option (vote_id, option_id)
SELECT DISTINCT v.election_id, v.candidacy_id FROM council_election_voter v;

-- random registry ids (MD5 of RAND(), as a UUID-shaped text), the holder as the subject
INSERT INTO voting_voter (id, vote_id, code_hash, subject, voted, channel)
SELECT LOWER(CONCAT_WS('-', SUBSTR(h, 1, 8), SUBSTR(h, 9, 4), SUBSTR(h, 13, 4), SUBSTR(h, 17, 4), SUBSTR(h, 21, 12))),
       election_id, code_hash, CONCAT('candidacy:', candidacy_id, ':', holder), voted,
       CASE WHEN voted THEN 'ONLINE' END
FROM (SELECT MD5(CONCAT(RAND(), ':', code_hash)) AS h, v.* FROM council_election_voter v) AS r;

INSERT INTO voting_ballot (id, vote_id) SELECT id, election_id FROM council_election_ballot;
INSERT INTO voting_choice (ballot_id, option_id) SELECT ballot_id, candidacy_id FROM council_election_choice;

INSERT INTO voting_result (vote_id, option_id, votes)
SELECT r.election_id, r.candidacy_id, r.votes FROM council_election_result r
JOIN council_election e ON e.id = r.election_id WHERE e.method = 'BALLOT' AND r.votes IS NOT NULL;

DROP TABLE council_election_choice;
DROP TABLE council_election_ballot;
DROP TABLE council_election_voter;
