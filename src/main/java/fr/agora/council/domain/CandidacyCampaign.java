package fr.agora.council.domain;

import fr.agora.council.CandidacyCallClosed;
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
import java.time.LocalDate;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A call for candidacies of one conseil citoyen, open between two instants that the server enforces. */
@Entity
@Table(name = "council_campaign")
public class CandidacyCampaign extends AbstractAggregateRoot<CandidacyCampaign> {

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

    /**
     * Sets what the call says and when it is open: a title (160 characters at most), an optional description (4000)
     * and channels (500), a closing instant after the opening one, and a minimum age between 11 and 25.
     *
     * @throws BusinessException with the refused value's message key
     */
    public void describe(String title, String description, String channels, Instant opensAt, Instant closesAt,
            int minimumAge) {
        if (title == null || title.isBlank() || title.strip().length() > 160
                || title.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n')) {
            throw new BusinessException("candidacy.error.title");
        }
        if (description != null && description.length() > 4000) {
            throw new BusinessException("candidacy.error.description");
        }
        if (channels != null && channels.length() > 500) {
            throw new BusinessException("candidacy.error.channels");
        }
        if (opensAt == null || closesAt == null || !closesAt.isAfter(opensAt)) {
            throw new BusinessException("candidacy.error.dates");
        }
        if (minimumAge < 11 || minimumAge > 25) {
            throw new BusinessException("candidacy.error.minimum-age");
        }
        this.title = title.strip();
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

    /**
     * Checks that a candidacy of {@code kind} may be submitted online at {@code now}.
     *
     * @throws BusinessException {@code candidacy.error.wrong-kind}, {@code candidacy.error.not-open} before the
     *         opening, {@code candidacy.error.closed} from the closing on
     */
    public void checkOpenFor(CampaignKind kind, Instant now) {
        checkKind(kind);
        if (!isOpenAt(now)) {
            throw new BusinessException(now.isBefore(opensAt) ? "candidacy.error.not-open" : "candidacy.error.closed",
                    CouncilTime.SHOWN.format(opensAt), CouncilTime.SHOWN.format(closesAt));
        }
    }

    /**
     * Checks that a paper or in-person candidacy of {@code kind}, received on {@code receivedOn}, may be entered
     * today: it may be entered after the closing, but must have been received while the call was open, and not in
     * the future.
     *
     * @throws BusinessException {@code candidacy.error.wrong-kind} or {@code candidacy.error.received-on}
     */
    public void checkReceivedOn(CampaignKind kind, LocalDate receivedOn, LocalDate today) {
        checkKind(kind);
        LocalDate first = CouncilTime.day(opensAt);
        LocalDate last = CouncilTime.day(closesAt.minusNanos(1));
        if (receivedOn == null || receivedOn.isAfter(today) || receivedOn.isBefore(first) || receivedOn.isAfter(last)) {
            throw new BusinessException("candidacy.error.received-on", first.toString(), last.toString());
        }
    }

    /**
     * Checks that the call is of {@code kind}.
     *
     * @throws BusinessException {@code candidacy.error.wrong-kind}
     */
    public void checkKind(CampaignKind kind) {
        if (this.kind != kind) {
            throw new BusinessException("candidacy.error.wrong-kind");
        }
    }

    /** Whether the call is over at {@code now}: it has opened and its closing instant has passed. */
    public boolean isClosedAt(Instant now) {
        return !now.isBefore(closesAt);
    }

    /**
     * Closes the call now, before its announced closing time ("Clôturer maintenant", or the freeze of the draw it
     * feeds), and announces {@link CandidacyCallClosed}.
     *
     * @throws BusinessException {@code candidacy.error.not-open} for a call not yet open,
     *         {@code candidacy.error.already-closed} for one already closed
     */
    public void closeNow(Instant now) {
        if (now.isBefore(opensAt)) {
            throw new BusinessException("candidacy.error.not-open", CouncilTime.SHOWN.format(opensAt), CouncilTime.SHOWN.format(closesAt));
        }
        if (isClosedAt(now)) {
            throw new BusinessException("candidacy.error.already-closed", CouncilTime.SHOWN.format(closesAt));
        }
        this.closesAt = now;
        registerEvent(new CandidacyCallClosed(id, council.getId(), kind.name(), now));
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
