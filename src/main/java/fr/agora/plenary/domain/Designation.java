package fr.agora.plenary.domain;

import fr.agora.shared.domain.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A vote among a conseil's members to designate its representatives of a collège (an APPROVAL vote of the core). */
@Entity
@Table(name = "plenary_designation")
public class Designation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plenary_id", nullable = false)
    private long plenaryId;

    @Column(name = "council_id", nullable = false)
    private long councilId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Representation college;

    @Column(nullable = false)
    private int seats;

    @Column(name = "vote_id", nullable = false)
    private long voteId;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(name = "opened_by", nullable = false, length = 254)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "result_note", length = 500)
    private String resultNote;

    @Version
    private long version;

    protected Designation() {
    }

    public Designation(long plenaryId, long councilId, Representation college, int seats, long voteId, String openedBy,
            Instant now) {
        this.plenaryId = plenaryId;
        this.councilId = councilId;
        this.college = college;
        this.seats = seats;
        this.voteId = voteId;
        this.status = "OPEN";
        this.openedBy = openedBy;
        this.openedAt = now;
    }

    public void close(String note, Instant now) {
        if (!isOpen()) {
            throw new BusinessException("plenary.error.designation-closed");
        }
        this.status = "CLOSED";
        this.closedAt = now;
        this.resultNote = note == null ? null : note.substring(0, Math.min(500, note.length()));
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }

    public Long getId() {
        return id;
    }

    public long getPlenaryId() {
        return plenaryId;
    }

    public long getCouncilId() {
        return councilId;
    }

    public Representation getCollege() {
        return college;
    }

    public int getSeats() {
        return seats;
    }

    public long getVoteId() {
        return voteId;
    }

    public String getResultNote() {
        return resultNote;
    }
}
