package fr.agora.council;

import java.time.LocalDate;

/**
 * Someone took a seat position in a council (appointed by staff, designated by a comité or an associations' vote, or
 * drawn). They are provisional until the Préfet's next arrêté.
 *
 * @param councilId the council
 * @param memberId the new member
 * @param college {@code HABITANTS} or {@code ASSOCIATIONS}
 * @param seatNo the seat, numbered within the collège
 * @param position {@code TITULAIRE} or {@code SUPPLEANT}
 * @param origin how they were chosen: {@code DRAW}, {@code ASSOCIATION}, {@code MEMBRE_DE_DROIT} or {@code ASSISTED}
 * @param from the first day of the appointment
 */
public record MemberAppointed(long councilId, long memberId, String college, int seatNo, String position, String origin,
        LocalDate from) {
}
