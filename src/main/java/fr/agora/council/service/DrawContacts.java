package fr.agora.council.service;

import java.time.LocalDate;
import java.util.List;

/**
 * The contact sheet of a draw, for the draw operator who calls the drawn people: each drawn person (past and
 * present) and each person of the reserve, with the phone, e-mail and postal address imported with the pool.
 *
 * @param drawId         the draw
 * @param councilName    its council
 * @param availableUntil the last day the sheet can be opened: the pool's personal data are erased after it
 * @param lines          the drawn people seat by seat, then the reserve in its published order
 */
public record DrawContacts(long drawId, String councilName, LocalDate availableUntil, List<Line> lines) {

    /** What a line of the sheet is. */
    public enum Kind {
        TITULAIRE, SUPPLEANT, RESERVE
    }

    /**
     * One person to call.
     *
     * @param seatNo   the seat (drawn people), or 0
     * @param rank     the rank in the reserve (1 = called first), or 0
     * @param response the drawn person's answer (PENDING, ACCEPTED, DECLINED, UNREACHABLE), or null for the reserve
     * @param deadline when the answer is due, or null
     */
    public record Line(Kind kind, int seatNo, int rank, String lastName, String firstName, String phone, String email,
            String postalAddress, String response, LocalDate deadline) {

        public String fullName() {
            return (firstName + " " + lastName).strip();
        }
    }
}
