/**
 * Seats of a drawn panel and replacements from the reserve, derived from the published draw so that
 * {@code sortition verify --seats} can re-check them: {@link fr.agora.sortition.seats.SeatAssignment} (who is
 * titulaire and who suppléant of which seat), {@link fr.agora.sortition.seats.ReplacementRule} (who of the reserve
 * takes a seat that is left, keeping every quota, or why nobody can) and {@link fr.agora.sortition.seats.SeatLog}
 * (the published, hash-chained seats file; start there to wire a draw).
 */
package fr.agora.sortition.seats;
