-- Issue 12: one-time secrets must never be readable in the outbox. New mails are stored with their secrets
-- masked by MailService; this masks those already stored: the token of every verification or reset link, and
-- the associations' voting codes (XXXX-XXXX-XXXX, printed after "code de vote" / "voting code").
UPDATE mail_outbox
   SET body = REGEXP_REPLACE(body, '([?&]jeton=)[A-Za-z0-9_-]+', '\\1[masqué]')
 WHERE body LIKE '%jeton=%';

UPDATE mail_outbox
   SET body = REGEXP_REPLACE(body, '[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}', '[masqué]')
 WHERE body LIKE '%code de vote%' OR body LIKE '%voting code%';
