-- After the draw: each drawn person answers (accepted, declined, unreachable) before a deadline; a refusal
-- promotes the next person of the reserve of the same sex (issue 5, "after the draw").
ALTER TABLE council_member
    ADD COLUMN draw_id           BIGINT      NULL,
    ADD COLUMN pool_person_id    BIGINT      NULL,
    ADD COLUMN response          VARCHAR(16) NULL,
    ADD COLUMN response_deadline DATE        NULL,
    ADD CONSTRAINT fk_council_member_draw FOREIGN KEY (draw_id) REFERENCES council_draw (id),
    ADD CONSTRAINT ck_council_member_response CHECK (response IS NULL OR response IN ('PENDING', 'ACCEPTED', 'DECLINED', 'UNREACHABLE'));
