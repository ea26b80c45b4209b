package fr.agora.plenary.domain;

import fr.agora.shared.domain.BusinessException;
import fr.agora.voting.Majority;
import fr.agora.voting.Secrecy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A motion put to the plenary's vote: drafted, opened by staff (its vote in the voting core, with an optional timer),
 * closed by the chair or the timer, with the count and the majority's verdict. It is opened once and closed once.
 */
@Entity
@Table(name = "plenary_motion")
public class Motion {

    public static final int MAX_TITLE = 300;
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_TIMER_SECONDS = 3600;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plenary_id", nullable = false)
    private long plenaryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MotionKind kind;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Secrecy secrecy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Majority majority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MotionStatus status;

    @Column(name = "vote_id")
    private Long voteId;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "votes_pour")
    private Integer pour;

    @Column(name = "votes_contre")
    private Integer contre;

    @Column(name = "abstentions")
    private Integer abstentions;

    @Column
    private Boolean adopted;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Motion() {
    }

    public Motion(long plenaryId, MotionKind kind, String title, String text, Secrecy secrecy, Majority majority,
            String createdBy, Instant now) {
        String t = title == null ? "" : title.strip();
        String x = text == null ? "" : text.strip();
        if (kind == null || secrecy == null || majority == null) {
            throw new BusinessException("plenary.error.motion-settings");
        }
        if (t.isEmpty() || t.length() > MAX_TITLE || x.length() > MAX_TEXT) {
            throw new BusinessException("plenary.error.motion-text");
        }
        this.plenaryId = plenaryId;
        this.kind = kind;
        this.title = t;
        this.text = x;
        this.secrecy = secrecy;
        this.majority = majority;
        this.status = MotionStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /**
     * A motion voted before the portal (the archive, demo data): closed with the counts of the session's record; it
     * has no vote in the voting core.
     */
    public static Motion recordPast(long plenaryId, MotionKind kind, String title, String text, Majority majority,
            int pour, int contre, int abstentions, String createdBy, Instant heldAt) {
        Motion m = new Motion(plenaryId, kind, title, text, Secrecy.OPEN, majority, createdBy, heldAt);
        m.status = MotionStatus.CLOSED;
        m.openedAt = heldAt;
        m.closedAt = heldAt;
        m.pour = pour;
        m.contre = contre;
        m.abstentions = abstentions;
        long all = (long) pour + contre + abstentions;
        m.adopted = switch (majority) {
            case SIMPLE -> pour > contre;
            case ABSOLUTE -> 2L * pour > all;
            case TWO_THIRDS -> pour > 0 && 3L * pour >= 2L * (pour + contre);
        };
        return m;
    }

    /** Opens the motion on its vote; {@code timerSeconds} null or 0 for a close by the chair only. */
    public void open(long vote, Integer timerSeconds, Instant now) {
        if (status != MotionStatus.DRAFT) {
            throw new BusinessException("plenary.error.motion-state");
        }
        if (timerSeconds != null && (timerSeconds < 0 || timerSeconds > MAX_TIMER_SECONDS)) {
            throw new BusinessException("plenary.error.timer");
        }
        this.voteId = vote;
        this.status = MotionStatus.OPEN;
        this.openedAt = now;
        this.closesAt = timerSeconds == null || timerSeconds == 0 ? null : now.plusSeconds(timerSeconds);
    }

    /** Records the closed count and the verdict of the majority rule. */
    public void close(long votesPour, long votesContre, long votesAbstention, boolean isAdopted, Instant now) {
        requireOpen();
        this.status = MotionStatus.CLOSED;
        this.closedAt = now;
        this.pour = (int) votesPour;
        this.contre = (int) votesContre;
        this.abstentions = (int) votesAbstention;
        this.adopted = isAdopted;
    }

    public void requireOpen() {
        if (status != MotionStatus.OPEN) {
            throw new BusinessException(status == MotionStatus.CLOSED ? "plenary.error.motion-closed"
                    : "plenary.error.motion-not-open");
        }
    }

    /** Whether an adopted avis goes to the city. */
    public boolean isAdoptedAvis() {
        return kind == MotionKind.AVIS && Boolean.TRUE.equals(adopted);
    }

    public Long getId() {
        return id;
    }

    public long getPlenaryId() {
        return plenaryId;
    }

    public MotionKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public Secrecy getSecrecy() {
        return secrecy;
    }

    public Majority getMajority() {
        return majority;
    }

    public MotionStatus getStatus() {
        return status;
    }

    public Long getVoteId() {
        return voteId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Integer getPour() {
        return pour;
    }

    public Integer getContre() {
        return contre;
    }

    public Integer getAbstentions() {
        return abstentions;
    }

    public Boolean getAdopted() {
        return adopted;
    }
}
