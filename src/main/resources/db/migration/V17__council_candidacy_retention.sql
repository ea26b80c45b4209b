-- Residents' candidacies carry personal data (birth date, address, contact): it is erased a configurable number of
-- days after the call closes; the row stays, anonymous, for the call's statistics and the audit trail.
ALTER TABLE council_candidacy
    ADD COLUMN erased_at TIMESTAMP(6) NULL;
CREATE INDEX ix_council_candidacy_erased ON council_candidacy (erased_at);
