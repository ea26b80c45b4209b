package fr.agora.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One line of a proposal's history: a step, the status it led to and the reason given. Public lines are shown on
 * the proposal's page; the others (a hiding reason, a change request) only to its holders and staff.
 */
@Entity
@Immutable
@Table(name = "budget_proposal_event")
public class ProposalEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    private Proposal proposal;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ProposalEventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ProposalStatus status;

    @Column(columnDefinition = "text")
    private String reason;

    @Column(name = "public_note", nullable = false)
    private boolean publicNote;

    protected ProposalEvent() {
    }

    ProposalEvent(Proposal proposal, Instant occurredAt, ProposalEventKind kind, ProposalStatus status, String reason,
            boolean publicNote) {
        this.proposal = proposal;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.status = status;
        this.reason = reason;
        this.publicNote = publicNote;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public ProposalEventKind getKind() {
        return kind;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public boolean isPublicNote() {
        return publicNote;
    }
}
