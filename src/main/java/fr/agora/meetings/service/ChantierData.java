package fr.agora.meetings.service;

import fr.agora.meetings.domain.AvisKind;
import fr.agora.meetings.domain.AvisStatus;
import fr.agora.meetings.domain.ChantierStatus;
import fr.agora.shared.domain.GeoPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A chantier's consultation as its page shows it: the published avis and comments (all of them for moderators),
 * whether avis or comments are taken today, and whether the viewer already gave their avis.
 */
public record ChantierData(long id, String title, String location, GeoPoint point, String comiteName, String services,
        String information, String documents, LocalDate worksStart, LocalDate opensOn, LocalDate closesOn,
        ChantierStatus status, String summary, Instant summaryPublishedAt, boolean collectsAvis, boolean takesComments,
        boolean alreadyGaveAvis, List<AvisData> avis, boolean demo) {

    /** An avis or comment. */
    public record AvisData(long id, AvisKind kind, String authorName, String body, AvisStatus status, Instant submittedAt) {
    }
}
