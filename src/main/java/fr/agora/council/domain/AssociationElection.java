package fr.agora.council.domain;

import fr.agora.council.election.ElectorateRule;
import fr.agora.council.election.TieBreak;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The designation of a council's associations after a closed call: an election among them when they outnumber the
 * seats ({@link Method#BALLOT}), or their direct appointment when they do not ({@link Method#DIRECT}). One per
 * call. The entity guards its state: a ballot election is open, then closed with its result, then appointed.
 */
@Entity
@Table(name = "council_election")
public class AssociationElection {

    /** Election or direct designation. */
    public enum Method {
        BALLOT,
        DIRECT
    }

    /** Whether ballots are accepted. */
    public enum Status {
        OPEN,
        CLOSED
    }

    /** One recorded line of the result. */
    @Embeddable
    public static class ResultLine {

        @Column(name = "candidacy_id", nullable = false)
        private long candidacyId;

        @Column(name = "votes")
        private Integer votes;

        @Column(name = "rank_no", nullable = false)
        private int rank;

        @Column(nullable = false)
        private boolean elected;

        @Column(name = "tie_broken", nullable = false)
        private boolean tieBroken;

        protected ResultLine() {
        }

        public ResultLine(long candidacyId, Integer votes, int rank, boolean elected, boolean tieBroken) {
            this.candidacyId = candidacyId;
            this.votes = votes;
            this.rank = rank;
            this.elected = elected;
            this.tieBroken = tieBroken;
        }

        public long getCandidacyId() {
            return candidacyId;
        }

        public Integer getVotes() {
            return votes;
        }

        public int getRank() {
            return rank;
        }

        public boolean isElected() {
            return elected;
        }

        public boolean isTieBroken() {
            return tieBroken;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private CandidacyCampaign campaign;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Method method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Status status;

    @Column(nullable = false)
    private int seats;

    @Enumerated(EnumType.STRING)
    @Column(name = "tie_break", nullable = false, length = 20)
    private TieBreak tieBreak;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ElectorateRule electorate;

    @Column(name = "opened_by", nullable = false, length = 254)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_by", length = 254)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "ballots_cast")
    private Integer ballotsCast;

    @Column(name = "ballots_digest", length = 64)
    private String ballotsDigest;

    @Column(length = 64)
    private String seed;

    /** The vote in the voting core that holds its registry and ballot box (null for a direct designation). */
    @Column(name = "vote_id")
    private Long voteId;

    @Column(name = "appointed_by", length = 254)
    private String appointedBy;

    @Column(name = "appointed_at")
    private Instant appointedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "council_election_result", joinColumns = @JoinColumn(name = "election_id"))
    private List<ResultLine> result = new ArrayList<>();

    @Version
    private long version;

    protected AssociationElection() {
    }

    /** Opens an election ({@link Method#BALLOT}, status OPEN) on a vote of the voting core. */
    public static AssociationElection ballot(CandidacyCampaign campaign, int seats, TieBreak tieBreak,
            ElectorateRule electorate, long voteId, String by, Instant now) {
        AssociationElection e = new AssociationElection(campaign, Method.BALLOT, seats, tieBreak, electorate, by, now);
        e.status = Status.OPEN;
        e.voteId = voteId;
        return e;
    }

    /** Records a direct designation: closed at once, every candidate elected in the given order. */
    public static AssociationElection direct(CandidacyCampaign campaign, int seats, TieBreak tieBreak,
            ElectorateRule electorate, List<Long> candidacies, String by, Instant now) {
        AssociationElection e = new AssociationElection(campaign, Method.DIRECT, seats, tieBreak, electorate, by, now);
        e.status = Status.CLOSED;
        e.closedBy = by;
        e.closedAt = now;
        for (int i = 0; i < candidacies.size(); i++) {
            e.result.add(new ResultLine(candidacies.get(i), null, i + 1, true, false));
        }
        return e;
    }

    private AssociationElection(CandidacyCampaign campaign, Method method, int seats, TieBreak tieBreak,
            ElectorateRule electorate, String by, Instant now) {
        this.campaign = campaign;
        this.method = method;
        this.seats = seats;
        this.tieBreak = tieBreak;
        this.electorate = electorate;
        this.openedBy = by;
        this.openedAt = now;
    }

    /** Closes the ballot and records its result. */
    public void close(List<ResultLine> lines, int ballots, String digest, String seed, String by, Instant now) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("election " + id + " is not open");
        }
        this.status = Status.CLOSED;
        this.result.clear();
        this.result.addAll(lines);
        this.ballotsCast = ballots;
        this.ballotsDigest = digest;
        this.seed = seed;
        this.closedBy = by;
        this.closedAt = now;
    }

    /** Records that the elected associations have been appointed to the council. */
    public void appointed(String by, Instant now) {
        if (status != Status.CLOSED || appointedAt != null) {
            throw new IllegalStateException("election " + id + " cannot be appointed");
        }
        this.appointedBy = by;
        this.appointedAt = now;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public Long getId() {
        return id;
    }

    public CandidacyCampaign getCampaign() {
        return campaign;
    }

    public Method getMethod() {
        return method;
    }

    public Status getStatus() {
        return status;
    }

    public int getSeats() {
        return seats;
    }

    public TieBreak getTieBreak() {
        return tieBreak;
    }

    public ElectorateRule getElectorate() {
        return electorate;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Integer getBallotsCast() {
        return ballotsCast;
    }

    public String getBallotsDigest() {
        return ballotsDigest;
    }

    public String getSeed() {
        return seed;
    }

    public Long getVoteId() {
        return voteId;
    }

    public Instant getAppointedAt() {
        return appointedAt;
    }

    /** The result lines, in rank order. */
    public List<ResultLine> getResult() {
        return result.stream().sorted(java.util.Comparator.comparingInt(ResultLine::getRank)).toList();
    }
}
