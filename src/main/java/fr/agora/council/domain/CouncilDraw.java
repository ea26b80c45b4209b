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
import java.time.Instant;

/**
 * One draw of a council's Collège Habitants. Its status only moves forward: once frozen, the pool and the quotas
 * cannot change, and once drawn, it cannot be drawn again.
 */
@Entity
@Table(name = "council_draw")
public class CouncilDraw {

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

    public void freeze(String quotasJson, String commitment, Instant now) {
        this.quotasJson = quotasJson;
        this.commitment = commitment;
        this.frozenAt = now;
        this.status = DrawStatus.FROZEN;
    }

    public void computed(String distributionJson, double min, double max, double legacyMin, double seconds) {
        this.distributionJson = distributionJson;
        this.leximinMin = min;
        this.leximinMax = max;
        this.legacyMin = legacyMin;
        this.computeSeconds = seconds;
        this.status = DrawStatus.COMPUTED;
    }

    public void drawn(String entropy, String witnesses, String recordJson, Instant now) {
        this.entropy = entropy;
        this.witnesses = witnesses;
        this.recordJson = recordJson;
        this.drawnAt = now;
        this.status = DrawStatus.DRAWN;
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
