package fr.agora.budget.domain;

import fr.agora.shared.domain.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A batch of paper ballots entered into a box, and its check by a second person who re-enters the same papers. The
 * ballots are in the voting core's box, without batch; this keeps who entered and who checked.
 */
@Entity
@Table(name = "budget_vote_batch")
public class PaperBatchLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "box_id", nullable = false)
    private Long boxId;

    @Column(nullable = false, length = 60)
    private String label;

    @Column(nullable = false)
    private int ballots;

    @Column(name = "entered_by", nullable = false, length = 254)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "checked_by", length = 254)
    private String checkedBy;

    @Column(name = "checked_at")
    private Instant checkedAt;

    private Boolean matches;

    protected PaperBatchLog() {
    }

    public PaperBatchLog(long boxId, String label, int ballots, String enteredBy, Instant enteredAt) {
        this.boxId = boxId;
        this.label = label;
        this.ballots = ballots;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    /** The second entry: by another person than the first, once it matches (a mismatch can be re-entered). */
    public void checked(String by, boolean matching, Instant at) {
        if (by.equalsIgnoreCase(enteredBy)) {
            throw new BusinessException("budgetvote.paper.same-person");
        }
        if (Boolean.TRUE.equals(matches)) {
            throw new BusinessException("budgetvote.paper.already-checked");
        }
        this.checkedBy = by;
        this.checkedAt = at;
        this.matches = matching;
    }

    public boolean awaitingCheck() {
        return !Boolean.TRUE.equals(matches);
    }

    public Long getId() {
        return id;
    }

    public Long getBoxId() {
        return boxId;
    }

    public String getLabel() {
        return label;
    }

    public int getBallots() {
        return ballots;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public Boolean getMatches() {
        return matches;
    }
}
