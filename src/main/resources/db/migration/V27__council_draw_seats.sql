-- The published seats file of a draw (fr.agora.sortition.seats.SeatLog): the seat assignment derived from the draw
-- and every replacement from the reserve, hash-chained, for anyone to re-check with `sortition verify --seats`.
ALTER TABLE council_draw ADD COLUMN seats_log MEDIUMTEXT NULL;
