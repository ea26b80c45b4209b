-- Issue 14, item 5: councils can be archived (they leave the lists, their history stays), and a population that
-- differs from the territories' reference figures is recorded as an override, with that reference.
ALTER TABLE council
    ADD COLUMN archived_at TIMESTAMP(6) NULL,
    ADD COLUMN archived_by VARCHAR(254) NULL,
    ADD COLUMN population_reference INT NULL;
