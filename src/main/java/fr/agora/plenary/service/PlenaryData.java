package fr.agora.plenary.service;

import fr.agora.plenary.domain.MinutesStatus;
import fr.agora.plenary.domain.SessionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plenary as its pages show it.
 *
 * @param minutesText the minutes when the reader may see them (published, or staff), else null
 */
public record PlenaryData(long id, int year, String title, Instant startsAt, String place, List<String> agenda,
        int quorumPercent, int answerMonths, Instant contributionDeadline, boolean suppleantsAllowed,
        boolean invitationsFinal, SessionStatus sessionStatus, MinutesStatus minutesStatus, String minutesText,
        LocalDate minutesApprovedOn, List<Long> councilIds) {
}
