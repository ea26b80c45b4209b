package fr.agora.meetings.domain;

import fr.agora.shared.domain.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A decision taken by show of hands: only the counts are kept, never who voted what. It is recorded only when the
 * quorum is met, and the votes cannot exceed the voting members present.
 */
@Entity
@Table(name = "meeting_decision")
public class Decision {

    public static final int MAX_TITLE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "votes_for", nullable = false)
    private int votesFor;

    @Column(name = "votes_against", nullable = false)
    private int votesAgainst;

    @Column(nullable = false)
    private int abstentions;

    @Column(name = "voting_present", nullable = false)
    private int votingPresent;

    @Column(name = "quorum_required", nullable = false)
    private int quorumRequired;

    @Column(nullable = false)
    private boolean adopted;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Decision() {
    }

    public Decision(Meeting meeting, String title, int votesFor, int votesAgainst, int abstentions, int votingPresent,
            int quorumRequired, String recordedBy, Instant now) {
        meeting.checkInSession(now);
        if (votingPresent < quorumRequired || votingPresent == 0) {
            throw new BusinessException("meetings.error.no-quorum", votingPresent, quorumRequired);
        }
        if (votesFor < 0 || votesAgainst < 0 || abstentions < 0
                || votesFor + votesAgainst + abstentions > votingPresent) {
            throw new BusinessException("meetings.error.votes", votingPresent);
        }
        this.meeting = meeting;
        this.title = title;
        this.votesFor = votesFor;
        this.votesAgainst = votesAgainst;
        this.abstentions = abstentions;
        this.votingPresent = votingPresent;
        this.quorumRequired = quorumRequired;
        this.adopted = votesFor > votesAgainst;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public int getVotesFor() {
        return votesFor;
    }

    public int getVotesAgainst() {
        return votesAgainst;
    }

    public int getAbstentions() {
        return abstentions;
    }

    public int getVotingPresent() {
        return votingPresent;
    }

    public int getQuorumRequired() {
        return quorumRequired;
    }

    public boolean isAdopted() {
        return adopted;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
