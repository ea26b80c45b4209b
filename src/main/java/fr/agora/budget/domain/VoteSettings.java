package fr.agora.budget.domain;

import fr.agora.shared.domain.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The vote of an edition: its settings (ballot type, most choices, counting rule, minimum age, eligibility, the seed
 * of the published lot that breaks ties) and where it stands. Settings change only before the opening; a vote opens
 * once, during the edition's vote phase, and closes once.
 */
@Entity
@Table(name = "budget_vote")
public class VoteSettings {

    /** What a ballot holds. */
    public enum BallotType {
        /** Up to {@code maxChoices} projects. */
        APPROVAL,
        /** Projects whose total cost fits the envelope. */
        KNAPSACK
    }

    /** How winners are computed from the ballots. */
    public enum Rule {
        /** Most votes first, skipping what no longer fits (« projets plébiscités »). */
        GREEDY("greedy_by_votes"),
        /** The Method of Equal Shares (cost utility, Add1), completed greedily. */
        MES("mes_cost_add1_greedy");

        private final String key;

        Rule(String key) {
            this.key = key;
        }

        /** The rule's key in {@code fr.agora.budget.rules} and on the command line. */
        public String key() {
            return key;
        }
    }

    /** Who may vote. */
    public enum Eligibility {
        /** An account with a declared quartier in Amiens. */
        DECLARED,
        /** As DECLARED, and the residence confirmed by staff (imported list or counter). */
        CONFIRMED
    }

    /** Where the vote stands. */
    public enum State {
        SETTING, OPEN, CLOSED
    }

    public static final int DEFAULT_MIN_AGE = 16;

    @Id
    @Column(name = "edition_id")
    private Long editionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ballot_type", nullable = false, length = 16)
    private BallotType ballotType = BallotType.KNAPSACK;

    @Column(name = "max_choices", nullable = false)
    private int maxChoices = 5;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Rule rule = Rule.GREEDY;

    @Column(name = "min_age", nullable = false)
    private int minAge = DEFAULT_MIN_AGE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Eligibility eligibility = Eligibility.DECLARED;

    @Column(name = "lot_seed", nullable = false)
    private long lotSeed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state = State.SETTING;

    @Column(nullable = false)
    private boolean imported;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected VoteSettings() {
    }

    public VoteSettings(long editionId, long lotSeed) {
        this.editionId = editionId;
        this.lotSeed = lotSeed;
    }

    /** A vote held elsewhere and imported from its Pabulib file: closed from the start. */
    public static VoteSettings imported(long editionId, Rule rule, long lotSeed, Instant at) {
        VoteSettings v = new VoteSettings(editionId, lotSeed);
        v.rule = rule;
        v.imported = true;
        v.state = State.CLOSED;
        v.openedAt = at;
        v.closedAt = at;
        return v;
    }

    /** Changes the settings; refused once the vote has opened. */
    public void configure(BallotType ballotType, int maxChoices, Rule rule, int minAge, Eligibility eligibility) {
        if (state != State.SETTING) {
            throw new BusinessException("budgetvote.settings.frozen");
        }
        if (ballotType == null || rule == null || eligibility == null) {
            throw new BusinessException("budgetvote.settings.required");
        }
        if (maxChoices < 1 || maxChoices > 1000) {
            throw new BusinessException("budgetvote.settings.max-choices");
        }
        if (minAge < 0 || minAge > 120) {
            throw new BusinessException("budgetvote.settings.min-age");
        }
        this.ballotType = ballotType;
        this.maxChoices = maxChoices;
        this.rule = rule;
        this.minAge = minAge;
        this.eligibility = eligibility;
    }

    public void open(Instant at) {
        if (state != State.SETTING) {
            throw new BusinessException(state == State.OPEN ? "budgetvote.already-open" : "budgetvote.closed");
        }
        state = State.OPEN;
        openedAt = at;
    }

    public void close(Instant at) {
        if (state != State.OPEN) {
            throw new BusinessException(state == State.CLOSED ? "budgetvote.closed" : "budgetvote.not-open");
        }
        state = State.CLOSED;
        closedAt = at;
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    public boolean isClosed() {
        return state == State.CLOSED;
    }

    public Long getEditionId() {
        return editionId;
    }

    public BallotType getBallotType() {
        return ballotType;
    }

    public int getMaxChoices() {
        return maxChoices;
    }

    public Rule getRule() {
        return rule;
    }

    public int getMinAge() {
        return minAge;
    }

    public Eligibility getEligibility() {
        return eligibility;
    }

    public long getLotSeed() {
        return lotSeed;
    }

    public State getState() {
        return state;
    }

    public boolean isImported() {
        return imported;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
