package fr.agora.council;

import java.time.LocalDate;

/**
 * A member left a seat position and someone else holds it from now on: a drawn person who declined or could not be
 * reached is replaced from the draw's reserve; a titulaire who left is replaced by the seat's suppléant.
 *
 * @param councilId the council
 * @param leftMemberId the member who left
 * @param successorMemberId who holds the position now, or {@code null} when it stays vacant (no one in the reserve)
 * @param reason {@code DECLINED}, {@code UNREACHABLE} (a drawn person's answer) or {@code LEFT} (end of a mandate)
 * @param on the day the member left
 */
public record MemberReplaced(long councilId, long leftMemberId, Long successorMemberId, String reason, LocalDate on) {
}
