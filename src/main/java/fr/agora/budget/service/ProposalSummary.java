package fr.agora.budget.service;

import fr.agora.budget.domain.ProposalStatus;
import fr.agora.shared.domain.GeoPoint;
import java.time.LocalDate;

/**
 * A proposal in a list or on the map.
 *
 * @param cost          the service's estimate once reviewed, else the holder's
 * @param reviewDue     for staff: when the service's answer is due
 * @param reviewOverdue for staff: assigned and unanswered after its due date
 */
public record ProposalSummary(long id, String title, Long categoryId, String categoryCode, String categoryLabel,
        Long territoryId, String territoryName, String envelopeName, ProposalStatus status, Long cost, GeoPoint location,
        String holderLabel, boolean hidden, Long serviceId, String serviceName, LocalDate reviewDue, boolean reviewOverdue) {
}
