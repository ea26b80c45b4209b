package fr.agora.council.domain;

import fr.agora.council.CouncilDrawn;
import fr.agora.shared.domain.BusinessException;
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
import java.time.Instant;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One draw of a council's Collège Habitants. Its status only moves forward, and only through the methods below,
 * which refuse a step out of order: the pool changes while open; {@link #freeze} fixes it with its quotas;
 * {@link #recordDistribution} stores the computed probabilities; {@link #draw} happens once and announces
 * {@link CouncilDrawn}; answers are recorded once drawn; the pool's personal data are erased when its retention is
 * over ({@link #erasePool}).
 */
@Entity
@Table(name = "council_draw")
public class CouncilDraw extends AbstractAggregateRoot<CouncilDraw> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "council_id")
    private Council council;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DrawStatus status;

    @Column(nullable = false)
    private int seats;

    @Column(name = "panel_size", nullable = false)
    private int panelSize;

    @Column(name = "person_key_secret", nullable = false, length = 32)
    private byte[] personKeySecret;

    @Column(name = "quotas_json", columnDefinition = "mediumtext")
    private String quotasJson;

    @Column(length = 64)
    private String commitment;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    @Column(name = "distribution_json", columnDefinition = "mediumtext")
    private String distributionJson;

    @Column(name = "leximin_min")
    private Double leximinMin;

    @Column(name = "leximin_max")
    private Double leximinMax;

    @Column(name = "legacy_min")
    private Double legacyMin;

    @Column(name = "compute_seconds")
    private Double computeSeconds;

    @Column(length = 500)
    private String entropy;

    @Column(length = 500)
    private String witnesses;

    @Column(name = "record_json", columnDefinition = "mediumtext")
    private String recordJson;

    @Column(name = "drawn_at")
    private Instant drawnAt;

    @Column(name = "seats_log", columnDefinition = "mediumtext")
    private String seatsLog;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CouncilDraw() {
    }

    public CouncilDraw(Council council, int seats, byte[] personKeySecret, String createdBy, Instant now) {
        this.council = council;
        this.status = DrawStatus.OPEN;
        this.seats = seats;
        this.panelSize = 2 * seats;
        this.personKeySecret = personKeySecret.clone();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /**
     * Checks that the pool may still change (a source imported or removed): only while the draw is open.
     *
     * @throws BusinessException {@code draw.error.frozen} once the pool is frozen
     */
    public void checkPoolOpen() {
        if (status != DrawStatus.OPEN) {
            throw new BusinessException("draw.error.frozen");
        }
    }

    /**
     * Freezes the pool with its quotas and the commitment that publishes them. Only an open draw can be frozen, and
     * only with at least as many people as it must draw.
     */
    public void freeze(int poolSize, String quotasJson, String commitment, Instant now) {
        checkPoolOpen();
        if (poolSize < panelSize) {
            throw new BusinessException("draw.error.pool-too-small", panelSize);
        }
        this.quotasJson = quotasJson;
        this.commitment = commitment;
        this.frozenAt = now;
        this.status = DrawStatus.FROZEN;
    }

    /**
     * Checks that the selection probabilities may be computed: the draw is frozen and not yet computed.
     *
     * @throws BusinessException {@code draw.error.not-frozen} before the freeze, {@code draw.error.computed} after
     */
    public void checkComputable() {
        if (status != DrawStatus.FROZEN) {
            throw new BusinessException(status == DrawStatus.OPEN ? "draw.error.not-frozen" : "draw.error.computed");
        }
    }

    /** Stores the computed distribution (LEXIMIN) of a frozen draw, with its fairness figures. */
    public void recordDistribution(String distributionJson, double min, double max, double legacyMin, double seconds) {
        checkComputable();
        this.distributionJson = distributionJson;
        this.leximinMin = min;
        this.leximinMax = max;
        this.legacyMin = legacyMin;
        this.computeSeconds = seconds;
        this.status = DrawStatus.COMPUTED;
    }

    /**
     * Checks that the draw may take place with this public entropy (10 to 100 dice digits) and these witnesses: the
     * distribution is computed and the draw has not already happened.
     */
    public void checkDrawable(String entropy, String witnesses) {
        if (status == DrawStatus.DRAWN) {
            throw new BusinessException("draw.error.already-drawn");
        }
        if (status != DrawStatus.COMPUTED) {
            throw new BusinessException("draw.error.not-computed");
        }
        if (entropy == null || !entropy.strip().matches("[1-6]{10,100}")) {
            throw new BusinessException("draw.error.entropy");
        }
        if (witnesses == null || witnesses.isBlank() || witnesses.strip().length() > 500) {
            throw new BusinessException("draw.error.witnesses");
        }
    }

    /**
     * Records the draw, once: the sealed record computed from the public entropy and the seats file that starts from
     * it (who is titulaire and suppléant of which seat). Announces {@link CouncilDrawn}.
     */
    public void draw(String entropy, String witnesses, String recordJson, String seed, String seatsLog, Instant now) {
        checkDrawable(entropy, witnesses);
        if (seatsLog == null || seatsLog.isBlank()) {
            throw new IllegalStateException("a draw is recorded with its seats file");
        }
        this.entropy = entropy.strip();
        this.witnesses = witnesses.strip();
        this.recordJson = recordJson;
        this.seatsLog = seatsLog;
        this.drawnAt = now;
        this.status = DrawStatus.DRAWN;
        registerEvent(new CouncilDrawn(id, council.getId(), seats, seed, now));
    }

    /**
     * Checks that drawn people's answers may be recorded: only once drawn.
     *
     * @throws BusinessException {@code draw.error.not-done} before the draw
     */
    public void checkAnswerable() {
        if (status != DrawStatus.DRAWN) {
            throw new BusinessException("draw.error.not-done");
        }
    }

    /**
     * Records a replacement from the reserve (or a vacancy): the seats file grows by one line. Only once drawn, and
     * only by a longer file that starts with the current one (the published history is never rewritten).
     */
    public void recordSeats(String longerSeatsLog) {
        checkAnswerable();
        if (longerSeatsLog == null || (seatsLog != null && (!longerSeatsLog.startsWith(seatsLog)
                || longerSeatsLog.length() <= seatsLog.length()))) {
            throw new IllegalStateException("the seats file of draw " + id + " only grows");
        }
        this.seatsLog = longerSeatsLog;
    }

    /**
     * The seats file, public once drawn.
     *
     * @throws BusinessException {@code council.error.not-found} before the draw, or for a draw made before seats
     *         files existed
     */
    public String publishedSeats() {
        if (status != DrawStatus.DRAWN || seatsLog == null) {
            throw new BusinessException("council.error.not-found");
        }
        return seatsLog;
    }

    public String getSeatsLog() {
        return seatsLog;
    }

    /** Whether the draw's quotas, pool and commitment are public: from the freeze on. */
    public boolean isPublished() {
        return status != DrawStatus.OPEN;
    }

    /**
     * The frozen quotas, public from the freeze on.
     *
     * @throws BusinessException {@code council.error.not-found} before the freeze (nothing is public yet)
     */
    public String publishedQuotas() {
        if (!isPublished()) {
            throw new BusinessException("council.error.not-found");
        }
        return quotasJson;
    }

    /**
     * The sealed draw record, public once drawn.
     *
     * @throws BusinessException {@code council.error.not-found} before the draw
     */
    public String publishedRecord() {
        if (status != DrawStatus.DRAWN) {
            throw new BusinessException("council.error.not-found");
        }
        return recordJson;
    }

    /**
     * Whether the pool's personal data must be erased: the draw took place before {@code cutoff} (the retention
     * period is over). An open, frozen or computed draw keeps its pool, whatever its age.
     */
    public boolean isPoolExpired(Instant cutoff) {
        return status == DrawStatus.DRAWN && drawnAt.isBefore(cutoff);
    }

    /**
     * Erases the personal data of this draw's pool once its retention is over.
     *
     * @return how many people were erased (those already erased are skipped)
     * @throws IllegalStateException when the pool is not expired, or a person belongs to another draw
     */
    public int erasePool(java.util.List<PoolPerson> pool, Instant cutoff) {
        if (!isPoolExpired(cutoff)) {
            throw new IllegalStateException("the pool of draw " + id + " is not expired");
        }
        int erased = 0;
        for (PoolPerson p : pool) {
            if (!id.equals(p.getDraw().getId())) {
                throw new IllegalStateException("person " + p.getId() + " is not in draw " + id);
            }
            if (!p.isErased()) {
                p.erasePersonalData();
                erased++;
            }
        }
        return erased;
    }

    public Long getId() {
        return id;
    }

    public Council getCouncil() {
        return council;
    }

    public DrawStatus getStatus() {
        return status;
    }

    public int getSeats() {
        return seats;
    }

    public int getPanelSize() {
        return panelSize;
    }

    public byte[] getPersonKeySecret() {
        return personKeySecret.clone();
    }

    public String getQuotasJson() {
        return quotasJson;
    }

    public String getCommitment() {
        return commitment;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }

    public String getDistributionJson() {
        return distributionJson;
    }

    public Double getLeximinMin() {
        return leximinMin;
    }

    public Double getLeximinMax() {
        return leximinMax;
    }

    public Double getLegacyMin() {
        return legacyMin;
    }

    public Double getComputeSeconds() {
        return computeSeconds;
    }

    public String getEntropy() {
        return entropy;
    }

    public String getWitnesses() {
        return witnesses;
    }

    public String getRecordJson() {
        return recordJson;
    }

    public Instant getDrawnAt() {
        return drawnAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
