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
 */
public record MemberData(long id, College college, int seatNo, SeatPosition position, MemberOrigin origin,
        String fullName, String organisation, String email, String phone, boolean publicConsent, boolean official,
        boolean active, LocalDate startDate, LocalDate endDate, String response, LocalDate responseDeadline) {

    /** A member as staff and fellow members see them. */
    static MemberData of(CouncilMember m) {
        return new MemberData(m.getId(), m.getCollege(), m.getSeatNo(), m.getPosition(), m.getOrigin(), m.getFullName(),
                m.getOrganisation(), m.getEmail(), m.getPhone(), m.isPublicConsent(), m.isOfficial(), m.isActive(),
                m.getStartDate(), m.getEndDate(), m.getResponse() == null ? null : m.getResponse().name(),
                m.getResponseDeadline());
    }
}
