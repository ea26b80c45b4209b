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

/** A call for candidacies of one conseil citoyen, open between two instants that the server enforces. */
@Entity
@Table(name = "council_campaign")
public class CandidacyCampaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "council_id")
    private Council council;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CampaignKind kind;

    @Column(nullable = false, length = 160)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(length = 500)
    private String channels;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "minimum_age", nullable = false)
    private int minimumAge;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CandidacyCampaign() {
    }

    public CandidacyCampaign(Council council, CampaignKind kind, String createdBy, Instant createdAt) {
        this.council = council;
        this.kind = kind;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Sets what the call says and when it is open (validated by the service). */
    public void describe(String title, String description, String channels, Instant opensAt, Instant closesAt,
            int minimumAge) {
        this.title = title;
        this.description = description;
        this.channels = channels;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.minimumAge = minimumAge;
    }

    /** Whether candidacies are accepted at {@code now}: from the opening instant included to the closing one excluded. */
    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public Long getId() {
        return id;
    }

    public Council getCouncil() {
        return council;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getChannels() {
        return channels;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public int getMinimumAge() {
        return minimumAge;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
