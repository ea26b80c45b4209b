package fr.agora.budget.service;

import fr.agora.budget.domain.ProposalEvent;
import fr.agora.budget.domain.ProposalEventKind;
import fr.agora.budget.domain.ProposalStatus;
import java.time.Instant;

/** A line of a proposal's history: never who acted, only what happened and the reason given. */
public record HistoryLine(Instant at, ProposalEventKind kind, ProposalStatus status, String reason) {

    static HistoryLine of(ProposalEvent e) {
        return new HistoryLine(e.getOccurredAt(), e.getKind(), e.getStatus(), e.getReason());
    }
}
