package fr.agora.voting.domain;

import fr.agora.voting.BallotOption;
import fr.agora.voting.BallotRules;
import fr.agora.voting.Disclosure;
import fr.agora.voting.Refusal;
import fr.agora.voting.Secrecy;
import fr.agora.voting.VoteKind;
import fr.agora.voting.VoteSpec;
import fr.agora.voting.VotingException;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A vote: its rules, whether it is open, and once closed its recorded count. The entity guards its lifecycle: it
 * closes once, and never holds more paper ballots than voters marked on paper.
 */
@Entity
@Table(name = "voting_vote")
public class Vote {

    /** Whether ballots are accepted. */
    public enum Status {
        OPEN,
        CLOSED
    }

    /** An option as stored. */
    @Embeddable
    public static class Option {

        @Column(name = "option_id", nullable = false)
        private long optionId;

        @Column(name = "cost")
        private Long cost;

        protected Option() {
        }

        Option(long optionId, Long cost) {
            this.optionId = optionId;
            this.cost = cost;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private VoteKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Secrecy secrecy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Disclosure disclosure;

    @Column(name = "self_enrolment", nullable = false)
    private boolean selfEnrolment;

    @Column(name = "min_choices", nullable = false)
    private int minChoices;

    @Column(name = "max_choices", nullable = false)
    private int maxChoices;

    @Column(name = "budget_limit")
    private Long budgetLimit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Status status;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "ballots_cast")
    private Integer ballotsCast;

    @Column(name = "ballots_digest", length = 64)
    private String ballotsDigest;

    @Column(name = "paper_ballots", nullable = false)
    private int paperBallots;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "voting_option", joinColumns = @JoinColumn(name = "vote_id"))
    private List<Option> options = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "voting_result", joinColumns = @JoinColumn(name = "vote_id"))
    @MapKeyColumn(name = "option_id")
    @Column(name = "votes", nullable = false)
    private Map<Long, Long> result = new HashMap<>();

    @Version
    private long version;

    protected Vote() {
    }

    public Vote(VoteSpec spec, Instant now) {
        BallotRules r = spec.rules();
        this.owner = spec.owner();
        this.kind = r.kind();
        this.secrecy = spec.secrecy();
        this.disclosure = spec.disclosure();
        this.selfEnrolment = spec.selfEnrolment();
        this.minChoices = r.minChoices();
        this.maxChoices = r.maxChoices();
        this.budgetLimit = r.budgetLimit();
        r.options().forEach(o -> options.add(new Option(o.id(), o.cost())));
        this.status = Status.OPEN;
        this.openedAt = now;
    }

    /** Closes the vote with its count. */
    public void close(Map<Long, Long> counts, int ballots, String digest, Instant now) {
        if (status != Status.OPEN) {
            throw new VotingException(Refusal.CLOSED);
        }
        this.status = Status.CLOSED;
        this.result.clear();
        this.result.putAll(counts);
        this.ballotsCast = ballots;
        this.ballotsDigest = digest;
        this.closedAt = now;
    }

    /** Takes {@code count} more paper ballots, refused beyond the voters marked on paper. */
    public void enterPaper(int count, long paperMarks) {
        requireOpen();
        if (paperBallots + (long) count > paperMarks) {
            throw new VotingException(Refusal.PAPER_OVER_MARKS, paperMarks - paperBallots);
        }
        paperBallots += count;
    }

    public void requireOpen() {
        if (status != Status.OPEN) {
            throw new VotingException(Refusal.CLOSED);
        }
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public BallotRules rules() {
        List<BallotOption> list = options.stream().sorted(Comparator.comparingLong(o -> o.optionId))
                .map(o -> new BallotOption(o.optionId, o.cost)).toList();
        return new BallotRules(kind, list, minChoices, maxChoices, budgetLimit);
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public VoteKind getKind() {
        return kind;
    }

    public Secrecy getSecrecy() {
        return secrecy;
    }

    public Disclosure getDisclosure() {
        return disclosure;
    }

    public boolean isSelfEnrolment() {
        return selfEnrolment;
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

    public int getPaperBallots() {
        return paperBallots;
    }

    public Map<Long, Long> getResult() {
        return Map.copyOf(result);
    }
}
