-- The call whose residents' candidacies an import brought into a draw's pool (null for a file): freezing the draw
-- closes the calls that feed it, and a candidacy to such a call after the freeze is told it came too late.
ALTER TABLE council_pool_import ADD COLUMN campaign_id BIGINT NULL,
    ADD CONSTRAINT fk_pool_import_campaign FOREIGN KEY (campaign_id) REFERENCES council_campaign (id);
