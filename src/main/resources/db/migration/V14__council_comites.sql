-- Membres de droit: the comités de quartier of a conseil citoyen's territory designate one titulaire and one
-- suppléant each (issue 5; DOMAIN.md §1.3, §7 B.12). No comité has a perimeter yet, so "the comité's perimeter
-- intersects the council's territory" is this explicit link, which staff keep (every change is audited).
CREATE TABLE council_comite (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    council_id BIGINT       NOT NULL,
    comite_id  BIGINT       NOT NULL,
    linked_by  VARCHAR(254) NOT NULL,
    linked_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_council_comite UNIQUE (council_id, comite_id),
    CONSTRAINT fk_council_comite_council FOREIGN KEY (council_id) REFERENCES council (id) ON DELETE CASCADE,
    CONSTRAINT fk_council_comite_territory FOREIGN KEY (comite_id) REFERENCES territory (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each designation a comité made for a council: the pair of members it named, who designated (the comité's officer,
-- or staff on the comité's behalf) and when; ended when a new designation replaces it or the link is removed.
CREATE TABLE council_comite_designation (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    council_id    BIGINT       NOT NULL,
    comite_id     BIGINT       NOT NULL,
    titulaire_id  BIGINT       NOT NULL,
    suppleant_id  BIGINT       NOT NULL,
    designated_by VARCHAR(254) NOT NULL,
    on_behalf     BOOLEAN      NOT NULL,
    designated_at TIMESTAMP(6) NOT NULL,
    ended_at      TIMESTAMP(6) NULL,
    ended_by      VARCHAR(254) NULL,
    -- one active designation per comité and council: ended rows have NULL here, which a unique key allows many times
    active_comite BIGINT AS (CASE WHEN ended_at IS NULL THEN comite_id END) PERSISTENT,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_council_comite_designation_active UNIQUE (council_id, active_comite),
    CONSTRAINT fk_designation_council FOREIGN KEY (council_id) REFERENCES council (id),
    CONSTRAINT fk_designation_comite FOREIGN KEY (comite_id) REFERENCES territory (id),
    CONSTRAINT fk_designation_titulaire FOREIGN KEY (titulaire_id) REFERENCES council_member (id),
    CONSTRAINT fk_designation_suppleant FOREIGN KEY (suppleant_id) REFERENCES council_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_council_comite_designation ON council_comite_designation (council_id, comite_id, ended_at);
