package fr.agora.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * Who cast a ballot, written only for an {@link fr.agora.voting.Secrecy#OPEN} vote (a motion voted by name). A
 * secret vote never has a row here.
 */
@Entity
@Table(name = "voting_named_ballot")
public class NamedBallot implements Persistable<String> {

    @Id
    @Column(name = "ballot_id", length = 36)
    private String ballotId;

    @Column(name = "voter_id", nullable = false, length = 36)
    private String voterId;

    @Column(name = "vote_id", nullable = false)
    private long voteId;

    @Transient
    private boolean fresh;

    protected NamedBallot() {
    }

    public NamedBallot(long voteId, String ballotId, String voterId) {
        this.voteId = voteId;
        this.ballotId = ballotId;
        this.voterId = voterId;
        this.fresh = true;
    }

    @Override
    public String getId() {
        return ballotId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    public String getVoterId() {
        return voterId;
    }
}
