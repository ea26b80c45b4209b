package fr.agora.voting.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * A ballot in the box: a random id, its vote and the options it names. Deliberately nothing else: no voter, no
 * time, no channel, no sequence (the random id is also the table's clustering order), so that it cannot be matched
 * with a registry line.
 */
@Entity
@Table(name = "voting_ballot")
public class Ballot implements Persistable<String> {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "vote_id", nullable = false)
    private long voteId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "voting_choice", joinColumns = @JoinColumn(name = "ballot_id"))
    @Column(name = "option_id", nullable = false)
    private Set<Long> choices = new HashSet<>();

    @Transient
    private boolean fresh;

    protected Ballot() {
    }

    public Ballot(long voteId, Set<Long> choices) {
        this.id = UUID.randomUUID().toString();
        this.voteId = voteId;
        this.choices = new HashSet<>(choices);
        this.fresh = true;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    public long getVoteId() {
        return voteId;
    }

    public Set<Long> getChoices() {
        return Set.copyOf(choices);
    }
}
