package fr.agora.council.service;

import fr.agora.council.domain.College;
import fr.agora.council.domain.CouncilMember;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.domain.SeatPosition;
import java.time.LocalDate;

/**
 * A member as staff and fellow members see them.
 *
 * @param response         a drawn person's answer (PENDING, ACCEPTED, DECLINED, UNREACHABLE), or null
 * @param responseDeadline when the answer is due, or null
 * @param endReason        why the mandate ended (or what a drawn person said, or what was tried to reach them), or null
 * @param undoUntil        until when staff may undo the end of the mandate, or null when it cannot be undone
 */
public record MemberData(long id, College college, int seatNo, SeatPosition position, MemberOrigin origin,
        String fullName, String organisation, String email, String phone, boolean publicConsent, boolean official,
        boolean active, LocalDate startDate, LocalDate endDate, String response, LocalDate responseDeadline,
        String endReason, java.time.Instant undoUntil) {

    /** A member as staff and fellow members see them. */
    static MemberData of(CouncilMember m) {
        return of(m, null);
    }

    /** The same, with until when the end of the mandate may be undone ({@code undoWindow}; null: not shown). */
    static MemberData of(CouncilMember m, java.time.Duration undoWindow) {
        java.time.Instant undoUntil = undoWindow == null || m.isActive() || m.getEndedAt() == null ? null
                : m.getEndedAt().plus(undoWindow);
        return new MemberData(m.getId(), m.getCollege(), m.getSeatNo(), m.getPosition(), m.getOrigin(), m.getFullName(),
                m.getOrganisation(), m.getEmail(), m.getPhone(), m.isPublicConsent(), m.isOfficial(), m.isActive(),
                m.getStartDate(), m.getEndDate(), m.getResponse() == null ? null : m.getResponse().name(),
                m.getResponseDeadline(), m.getEndReason() != null ? m.getEndReason() : m.getResponseNote(), undoUntil);
    }
}
