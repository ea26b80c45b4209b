-- Issue 14, item 3: the end of a mandate takes a date and a reason, and can be undone within a short window
-- (agora.council.undo-minutes); a drawn person's refusal or unreachability keeps its date and what was said or tried.
ALTER TABLE council_member
    ADD COLUMN end_reason VARCHAR(500) NULL,
    ADD COLUMN ended_at TIMESTAMP(6) NULL,
    ADD COLUMN ended_by VARCHAR(254) NULL,
    ADD COLUMN promoted_member_id BIGINT NULL,
    ADD COLUMN response_date DATE NULL,
    ADD COLUMN response_note VARCHAR(500) NULL;
