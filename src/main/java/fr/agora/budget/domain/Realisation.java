package fr.agora.budget.domain;

import fr.agora.shared.domain.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The carrying-out of a winning project: en étude → en travaux → réalisé (with its completion date), or abandonné
 * at any step before the end (with a public reason); the holders' part is told in words.
 */
@Entity
@Table(name = "budget_realisation")
public class Realisation {

    public static final int MAX_TEXT = 2_000;

    @Id
    @Column(name = "proposal_id")
    private Long proposalId;

    @Column(name = "edition_id", nullable = false)
    private Long editionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RealisationStatus status = RealisationStatus.EN_ETUDE;

    @Column(name = "works_start")
    private LocalDate worksStart;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "abandon_reason", length = MAX_TEXT)
    private String abandonReason;

    @Column(name = "holders_part", length = MAX_TEXT)
    private String holdersPart;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Realisation() {
    }

    public Realisation(long proposalId, long editionId, Instant at) {
        this.proposalId = proposalId;
        this.editionId = editionId;
        this.updatedAt = at;
    }

    /**
     * Moves to {@code next}: forward only (en étude → en travaux → réalisé), réalisé needs its completion date (not
     * in the future), abandonné needs a public reason; nothing moves after réalisé or abandonné.
     */
    public void move(RealisationStatus next, LocalDate date, String reason, LocalDate today, Instant at) {
        if (next == null) {
            throw new BusinessException("budgetvote.realisation.status-required");
        }
        if (status.isFinal()) {
            throw new BusinessException("budgetvote.realisation.final");
        }
        switch (next) {
            case EN_ETUDE -> throw new BusinessException("budgetvote.realisation.backwards");
            case EN_TRAVAUX -> {
                if (status != RealisationStatus.EN_ETUDE) {
                    throw new BusinessException("budgetvote.realisation.backwards");
                }
                worksStart = date == null ? today : date;
            }
            case REALISE -> {
                if (date == null) {
                    throw new BusinessException("budgetvote.realisation.date-required");
                }
                if (date.isAfter(today)) {
                    throw new BusinessException("budgetvote.realisation.date-future");
                }
                completedOn = date;
            }
            case ABANDONNE -> {
                if (reason == null || reason.isBlank()) {
                    throw new BusinessException("budgetvote.realisation.reason-required");
                }
                if (reason.length() > MAX_TEXT) {
                    throw new BusinessException("budgetvote.realisation.too-long");
                }
                abandonReason = reason.strip();
            }
            default -> throw new IllegalStateException();
        }
        status = next;
        updatedAt = at;
    }

    public void describeHoldersPart(String text, Instant at) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new BusinessException("budgetvote.realisation.too-long");
        }
        holdersPart = text == null || text.isBlank() ? null : text.strip();
        updatedAt = at;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getEditionId() {
        return editionId;
    }

    public RealisationStatus getStatus() {
        return status;
    }

    public LocalDate getWorksStart() {
        return worksStart;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getAbandonReason() {
        return abandonReason;
    }

    public String getHoldersPart() {
        return holdersPart;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
