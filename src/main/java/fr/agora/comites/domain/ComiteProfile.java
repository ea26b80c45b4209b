package fr.agora.comites.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What the directory says of a comité de quartier beyond its territory row: its associative status (« organisées en
 * statut associatif »), president, public contact and the premises where it meets.
 */
@Entity
@Table(name = "comite_profile")
public class ComiteProfile {

    public static final int MAX_TEXT = 160;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The comité's territory (shared's territories table), by id. */
    @Column(name = "territory_id", nullable = false, unique = true)
    private long comiteId;

    @Column(name = "associative_status", length = 160)
    private String associativeStatus;

    @Column(length = 160)
    private String president;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", length = 32)
    private String contactPhone;

    @Column(length = 255)
    private String premises;

    @Column(name = "updated_by", length = 254)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected ComiteProfile() {
    }

    public ComiteProfile(long comiteId) {
        this.comiteId = comiteId;
    }

    /** Replaces the directory facts; the caller has checked the values. */
    public void describe(String associativeStatus, String president, String contactEmail, String contactPhone,
            String premises, String by, Instant at) {
        this.associativeStatus = associativeStatus;
        this.president = president;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.premises = premises;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getComiteId() {
        return comiteId;
    }

    public String getAssociativeStatus() {
        return associativeStatus;
    }

    public String getPresident() {
        return president;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getPremises() {
        return premises;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
