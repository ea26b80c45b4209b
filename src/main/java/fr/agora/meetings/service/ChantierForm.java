package fr.agora.meetings.service;

import fr.agora.shared.domain.GeoPoint;
import java.time.LocalDate;

/** A chantier and its consultation window, as staff enter it. {@code comiteId} may be null. */
public record ChantierForm(String title, String location, GeoPoint point, Long comiteId, String services,
        String information, String documents, LocalDate worksStart, LocalDate opensOn, LocalDate closesOn) {
}
