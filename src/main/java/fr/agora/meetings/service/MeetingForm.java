package fr.agora.meetings.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting as planned: Paris local date and times, place (blank: the body's premises), optional remote link,
 * public or members only, an optional contribution deadline and the agenda's titles (one per line, with an optional
 * detail after « : »).
 */
public record MeetingForm(@NotBlank String bodyKey, @NotBlank @Size(max = 200) String title, @NotNull LocalDate date,
        @NotNull LocalTime start, @NotNull LocalTime end, @Size(max = 255) String place, @Size(max = 500) String remoteLink,
        boolean publicMeeting, LocalDateTime contributionDeadline, List<String> agenda) {
}
