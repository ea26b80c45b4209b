package fr.agora.council.domain;

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
import jakarta.persistence.Version;

/**
 * One line of an election's voter register: a candidate association (or one of its representatives) and the
 * SHA-256 of its one-time code. Whether it has voted is a flag without a time, so that the register cannot be
 * joined with the ballots.
 */
@Entity
@Table(name = "council_election_voter")
public class ElectionVoter {

    /** Who holds the code. */
    public enum Holder {
        ASSOCIATION,
        TITULAIRE,
        SUPPLEANT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "election_id")
    private AssociationElection election;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidacy_id")
    private Candidacy candidacy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Holder holder;

    @Column(name = "code_hash", nullable = false, length = 64, unique = true)
    private String codeHash;

    @Column(nullable = false)
    private boolean voted;

    @Version
    private long version;

    protected ElectionVoter() {
    }

    public ElectionVoter(AssociationElection election, Candidacy candidacy, Holder holder, String codeHash) {
        this.election = election;
        this.candidacy = candidacy;
        this.holder = holder;
        this.codeHash = codeHash;
    }

    /** A new code (the old one stops working); refused once the holder has voted. */
    public void reissue(String newCodeHash) {
        if (voted) {
            throw new IllegalStateException("already voted");
        }
        this.codeHash = newCodeHash;
    }

    public Long getId() {
        return id;
    }

    public AssociationElection getElection() {
        return election;
    }

    public Candidacy getCandidacy() {
        return candidacy;
    }

    public Holder getHolder() {
        return holder;
    }

    public boolean isVoted() {
        return voted;
    }
}
