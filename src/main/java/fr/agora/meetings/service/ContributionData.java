package fr.agora.meetings.service;

import fr.agora.meetings.domain.ContributionStatus;
import java.time.Instant;

/** A contribution to a meeting. */
public record ContributionData(long id, long meetingId, String authorName, String title, String body,
        ContributionStatus status, Instant submittedAt) {
}
