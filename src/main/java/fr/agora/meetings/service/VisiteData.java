package fr.agora.meetings.service;

import fr.agora.meetings.domain.ItemKind;
import fr.agora.meetings.domain.ItemStatus;
import fr.agora.shared.domain.GeoPoint;
import java.time.LocalDate;
import java.util.List;

/** A visite de proximité with its items, as the public follows it. */
public record VisiteData(long id, long comiteId, String comiteName, LocalDate date, String route, String elus,
        String services, List<Item> items) {

    /** A problem or need, with its service and follow-up. */
    public record Item(long id, ItemKind kind, String description, GeoPoint point, String service, ItemStatus status,
            String answer, LocalDate statusDate) {
    }
}
