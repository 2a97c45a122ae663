-- At most one waiting hold per message, even when two screenings of it race: waiting is 1 while a hold
-- waits for its decision and NULL once closed, and NULLs never collide in a unique constraint (H2 and
-- PostgreSQL alike), so closed holds of the same message stay.
ALTER TABLE payment_hold ADD COLUMN waiting INT;
UPDATE payment_hold SET waiting = 1 WHERE status NOT IN ('RELEASED', 'BLOCKED', 'REJECTED') AND message_id IS NOT NULL;
ALTER TABLE payment_hold ADD CONSTRAINT payment_hold_waiting UNIQUE (message_id, waiting);
