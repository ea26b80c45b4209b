package fr.agora.council.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A secret ballot: a random id, its election and the associations it approves. Deliberately nothing else: no
 * voter, no time, no sequence (the random id gives the rows no order), so it cannot be traced back to a voter.
 */
@Entity
@Table(name = "council_election_ballot")
public class ElectionBallot {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "election_id")
    private AssociationElection election;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "council_election_choice", joinColumns = @JoinColumn(name = "ballot_id"))
    @Column(name = "candidacy_id", nullable = false)
    private Set<Long> choices = new HashSet<>();

    protected ElectionBallot() {
    }

    public ElectionBallot(AssociationElection election, Set<Long> choices) {
        this.id = UUID.randomUUID().toString();
        this.election = election;
        this.choices = new HashSet<>(choices);
    }

    public String getId() {
        return id;
    }

    public Set<Long> getChoices() {
        return Set.copyOf(choices);
    }
}
