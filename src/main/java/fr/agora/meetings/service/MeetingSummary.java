package fr.agora.meetings.service;

import fr.agora.meetings.domain.BodyKind;
import fr.agora.meetings.domain.MeetingStatus;
import fr.agora.meetings.domain.MinutesStatus;
import java.time.Instant;

/** A meeting in a list or calendar. */
public record MeetingSummary(long id, String bodyKey, BodyKind bodyKind, String bodyName, Long territoryId, String title,
        Instant startsAt, Instant endsAt, String place, boolean publicMeeting, MeetingStatus status,
        MinutesStatus minutesStatus, boolean convoked) {
}
