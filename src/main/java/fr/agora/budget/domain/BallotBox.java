package fr.agora.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The ballot box of one envelope of an edition's vote: the city-wide part ({@link #CITY}), a secteur or QPV, or the
 * Classes citoyennes. Its ballots are in the voting core (vote {@code coreVoteId}); after the close it keeps the
 * counting rule applied, the blank ballots and the published Pabulib file.
 */
@Entity
@Table(name = "budget_vote_box")
public class BallotBox {

    /** The envelope code of the city-wide part (the total minus what is earmarked). */
    public static final String CITY = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_id", nullable = false)
    private Long editionId;

    @Column(name = "envelope_code", nullable = false, length = 32)
    private String envelopeCode;

    @Column(nullable = false, length = 160)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EnvelopeKind kind;

    @Column(name = "territory_id")
    private Long territoryId;

    @Column(name = "amount_euros", nullable = false)
    private long amountEuros;

    @Column(name = "core_vote_id")
    private Long coreVoteId;

    private Integer ballots;

    @Column(name = "blank_ballots")
    private Integer blankBallots;

    @Column(name = "rule_key", length = 64)
    private String ruleKey;

    @Column(columnDefinition = "mediumtext")
    private String pabulib;

    @Column(length = 500)
    private String method;

    protected BallotBox() {
    }

    public BallotBox(long editionId, String envelopeCode, String name, EnvelopeKind kind, Long territoryId,
            long amountEuros, Long coreVoteId) {
        this.editionId = editionId;
        this.envelopeCode = envelopeCode;
        this.name = name;
        this.kind = kind;
        this.territoryId = territoryId;
        this.amountEuros = amountEuros;
        this.coreVoteId = coreVoteId;
    }

    /** Records the count: the rule applied, the ballots, the blank ones (not in the file) and the published file. */
    public void counted(String ruleKey, int ballots, int blank, String pabulib, String method) {
        this.ruleKey = ruleKey;
        this.ballots = ballots;
        this.blankBallots = blank;
        this.pabulib = pabulib;
        this.method = method == null || method.length() <= 500 ? method : method.substring(0, 500);
    }

    public boolean isCity() {
        return CITY.equals(envelopeCode);
    }

    public boolean isClasses() {
        return kind == EnvelopeKind.CLASSES;
    }

    public Long getId() {
        return id;
    }

    public Long getEditionId() {
        return editionId;
    }

    public String getEnvelopeCode() {
        return envelopeCode;
    }

    public String getName() {
        return name;
    }

    public EnvelopeKind getKind() {
        return kind;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public long getAmountEuros() {
        return amountEuros;
    }

    public Long getCoreVoteId() {
        return coreVoteId;
    }

    public Integer getBallots() {
        return ballots;
    }

    public Integer getBlankBallots() {
        return blankBallots;
    }

    public String getRuleKey() {
        return ruleKey;
    }

    public String getPabulib() {
        return pabulib;
    }

    public String getMethod() {
        return method;
    }
}
