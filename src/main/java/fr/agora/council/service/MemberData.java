package fr.agora.council.service;

import fr.agora.council.domain.College;
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
}
