package fr.agora.meetings.domain;

import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.GeoPoint;
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
import java.time.LocalDate;

/**
 * A problem found or a need expressed during a visite: placed on the map, assigned to a city service, and followed
 * publicly (status, answer, date) until closed. A closed item is not reopened, and closing needs an answer.
 */
@Entity
@Table(name = "visite_item")
public class VisiteItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visite_id")
    private Visite visite;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ItemKind kind;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(nullable = false)
    private double lat;

    @Column(nullable = false)
    private double lon;

    @Column(nullable = false, length = 160)
    private String service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ItemStatus status;

    @Column(length = 2000)
    private String answer;

    @Column(name = "status_date", nullable = false)
    private LocalDate statusDate;

    @Version
    private long version;

    protected VisiteItem() {
    }

    public VisiteItem(Visite visite, ItemKind kind, String description, GeoPoint point, String service, LocalDate today) {
        this.visite = visite;
        this.kind = kind;
        this.description = description;
        this.lat = point.lat();
        this.lon = point.lon();
        this.service = service;
        this.status = ItemStatus.OPEN;
        this.statusDate = today;
    }

    /** The service's follow-up: a new status with its answer. */
    public void follow(ItemStatus next, String answer, LocalDate today) {
        if (status == ItemStatus.CLOSED) {
            throw new BusinessException("visites.error.closed");
        }
        if (next == ItemStatus.CLOSED && (answer == null || answer.isBlank())) {
            throw new BusinessException("visites.error.answer-required");
        }
        this.status = next;
        this.answer = answer == null || answer.isBlank() ? this.answer : answer.strip();
        this.statusDate = today;
    }

    public void reassign(String service) {
        if (status == ItemStatus.CLOSED) {
            throw new BusinessException("visites.error.closed");
        }
        this.service = service;
    }

    public Long getId() {
        return id;
    }

    public Visite getVisite() {
        return visite;
    }

    public ItemKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public GeoPoint getPoint() {
        return new GeoPoint(lat, lon);
    }

    public String getService() {
        return service;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public String getAnswer() {
        return answer;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }
}
