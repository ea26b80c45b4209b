package fr.agora.meetings.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting as its page shows it to the viewer. {@code minutesText} is null unless the viewer may read the minutes
 * (published and public, or published/draft for members and managers); {@code memberKey} is the viewer's key when
 * they belong to the body.
 */
public record MeetingDetail(MeetingSummary summary, String remoteLink, Instant contributionDeadline,
        boolean acceptsContributions, List<AgendaEntry> agenda, String minutesText, LocalDate minutesApprovedOn,
        Instant minutesPublishedAt, boolean minutesPublic, boolean canManage, String memberKey, Boolean myAnswer) {
}
