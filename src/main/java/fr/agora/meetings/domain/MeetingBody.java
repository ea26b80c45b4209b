package fr.agora.meetings.domain;

import fr.agora.shared.domain.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A body that meets, with its settings: where it meets by default (the conseil's « lieu d'accueil et de
 * fonctionnement », the comité's premises), its quorum rule and whether its minutes are public.
 * The key is {@code COUNCIL:12}, {@code COLLEGE:12:HABITANTS} or {@code COMITE:34}.
 */
@Entity
@Table(name = "meeting_body")
public class MeetingBody {

    /** Default quorum: strictly more than half of the voting members present. */
    public static final int MAJORITY = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_key", nullable = false, length = 64, unique = true)
    private String bodyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BodyKind kind;

    @Column(name = "ref_id", nullable = false)
    private long refId;

    @Column(length = 16)
    private String college;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "territory_id")
    private Long territoryId;

    @Column(length = 255)
    private String premises;

    @Column(name = "quorum_percent", nullable = false)
    private int quorumPercent;

    @Column(name = "minutes_public", nullable = false)
    private boolean minutesPublic;

    @Version
    private long version;

    protected MeetingBody() {
    }

    public MeetingBody(String bodyKey, BodyKind kind, long refId, String college, String name, Long territoryId) {
        this.bodyKey = bodyKey;
        this.kind = kind;
        this.refId = refId;
        this.college = college;
        this.name = name;
        this.territoryId = territoryId;
        this.quorumPercent = MAJORITY;
        this.minutesPublic = true;
    }

    /** Changes the settings; the quorum is « strictly more than {@code percent} % of voting members ». */
    public void configure(String premises, int quorumPercent, boolean minutesPublic) {
        if (quorumPercent < 0 || quorumPercent > 99) {
            throw new BusinessException("meetings.error.quorum-rule");
        }
        this.premises = premises;
        this.quorumPercent = quorumPercent;
        this.minutesPublic = minutesPublic;
    }

    /** Keeps the name and territory in step with the council or comité it stands for. */
    public void rename(String name, Long territoryId) {
        this.name = name;
        this.territoryId = territoryId;
    }

    /** How many voting members must be present: strictly more than the rule's share, at least one. */
    public int quorumFor(int votingMembers) {
        if (votingMembers <= 0) {
            return 0;
        }
        return Math.min(votingMembers, votingMembers * quorumPercent / 100 + 1);
    }

    public Long getId() {
        return id;
    }

    public String getBodyKey() {
        return bodyKey;
    }

    public BodyKind getKind() {
        return kind;
    }

    public long getRefId() {
        return refId;
    }

    public String getCollege() {
        return college;
    }

    public String getName() {
        return name;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public String getPremises() {
        return premises;
    }

    public int getQuorumPercent() {
        return quorumPercent;
    }

    public boolean isMinutesPublic() {
        return minutesPublic;
    }
}
