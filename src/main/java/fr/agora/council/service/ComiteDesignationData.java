package fr.agora.council.service;

import java.time.Instant;

/**
 * A comité de quartier's designation of its membres de droit (Collège Associations) to a council.
 *
 * @param titulaire the titulaire in office, or null when the place is vacant (the titulaire left and the suppléant
 *                  took their place)
 * @param suppleant the suppléant in office, or null when the place is vacant
 * @param onBehalf  true when staff entered it for the comité
 * @param active    false once replaced or when the comité was unlinked from the council
 */
public record ComiteDesignationData(long id, long councilId, String comiteCode, String comiteName, String titulaire,
        String suppleant, String designatedBy, boolean onBehalf, Instant designatedAt, boolean active) {
}
