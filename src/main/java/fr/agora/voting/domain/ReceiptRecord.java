package fr.agora.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * The SHA-256 of a receipt given to a voter, and its vote: nothing else (no ballot, no voter, no time), so that a
 * receipt proves that a ballot was counted and not what it says.
 */
@Entity
@Table(name = "voting_receipt")
public class ReceiptRecord implements Persistable<String> {

    @Id
    @Column(name = "receipt_hash", length = 64)
    private String receiptHash;

    @Column(name = "vote_id", nullable = false)
    private long voteId;

    @Transient
    private boolean fresh;

    protected ReceiptRecord() {
    }

    public ReceiptRecord(long voteId, String receiptHash) {
        this.voteId = voteId;
        this.receiptHash = receiptHash;
        this.fresh = true;
    }

    @Override
    public String getId() {
        return receiptHash;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    public long getVoteId() {
        return voteId;
    }
}
