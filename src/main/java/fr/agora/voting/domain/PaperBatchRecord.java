package fr.agora.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A batch of paper ballots entered by staff: its label, size and digest, to check a second entry against. The
 * ballots themselves do not name their batch.
 */
@Entity
@Table(name = "voting_paper_batch")
public class PaperBatchRecord {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "vote_id", nullable = false)
    private long voteId;

    @Column(nullable = false, length = 60)
    private String label;

    @Column(nullable = false)
    private int ballots;

    @Column(nullable = false, length = 64)
    private String digest;

    @Column(name = "entered_on", nullable = false)
    private LocalDate enteredOn;

    protected PaperBatchRecord() {
    }

    public PaperBatchRecord(long voteId, String label, int ballots, String digest, LocalDate enteredOn) {
        this.id = UUID.randomUUID().toString();
        this.voteId = voteId;
        this.label = label;
        this.ballots = ballots;
        this.digest = digest;
        this.enteredOn = enteredOn;
    }

    public String getLabel() {
        return label;
    }

    public int getBallots() {
        return ballots;
    }

    public String getDigest() {
        return digest;
    }
}
