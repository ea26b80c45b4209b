package fr.agora.council.domain;

import fr.agora.council.pool.EuStatus;
import fr.agora.council.pool.Sex;
import fr.agora.shared.domain.Territory;
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

/**
 * A candidacy to a call. Residents (Collège Habitants) give what eligibility and the draw need; associations name
 * their organisation, a contact person, and the titulaire and suppléant they propose. The service validates
 * everything before an instance is built.
 */
@Entity
@Table(name = "council_candidacy")
public class Candidacy {

    /** Where a candidacy stands. */
    public enum Status {
        RECEIVED,
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private CandidacyCampaign campaign;

    @Column(nullable = false, length = 16, unique = true)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.RECEIVED;

    /** Keyed hash of what makes two candidacies the same (person or organisation), unique per campaign. */
    @Column(name = "duplicate_key", nullable = false, length = 64)
    private String duplicateKey;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(length = 254)
    private String email;

    @Column(length = 32)
    private String phone;

    @Column(nullable = false, length = 8)
    private String locale;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "territory_id")
    private Territory territory;

    @Column(length = 255)
    private String address;

    @Column(length = 10)
    private String postcode;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private EuStatus eu;

    @Column(length = 160)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type", length = 20)
    private OrganisationType organisationType;

    @Column(name = "titulaire_name", length = 160)
    private String titulaireName;

    @Column(name = "titulaire_email", length = 254)
    private String titulaireEmail;

    @Column(name = "suppleant_name", length = 160)
    private String suppleantName;

    @Column(name = "suppleant_email", length = 254)
    private String suppleantEmail;

    @Column(name = "consent_version", nullable = false, length = 32)
    private String consentVersion;

    @Column(nullable = false)
    private boolean assisted;

    @Column(name = "entered_by", length = 254)
    private String enteredBy;

    @Column(name = "received_by", length = 160)
    private String receivedBy;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Version
    private long version;

    protected Candidacy() {
    }

    /** Who applies and how to reach them; {@code enteredBy} is set for a "saisie assistée" by staff. */
    public Candidacy(CandidacyCampaign campaign, String reference, String duplicateKey, String lastName,
            String firstName, String email, String phone, String locale, String consentVersion, String enteredBy,
            String receivedBy, LocalDate receivedOn, Instant createdAt) {
        this.campaign = campaign;
        this.reference = reference;
        this.duplicateKey = duplicateKey;
        this.lastName = lastName;
        this.firstName = firstName;
        this.email = email;
        this.phone = phone;
        this.locale = locale;
        this.consentVersion = consentVersion;
        this.assisted = enteredBy != null;
        this.enteredBy = enteredBy;
        this.receivedBy = receivedBy;
        this.receivedOn = receivedOn;
        this.createdAt = createdAt;
    }

    /** A resident's eligibility and stratification facts. */
    public void resident(Territory territory, String address, String postcode, LocalDate birthDate, Sex sex,
            EuStatus eu) {
        this.territory = territory;
        this.address = address;
        this.postcode = postcode;
        this.birthDate = birthDate;
        this.sex = sex;
        this.eu = eu;
    }

    /** An organisation's application with the titulaire and suppléant it proposes. */
    public void organisation(String organisation, OrganisationType type, Territory territory, String titulaireName,
            String titulaireEmail, String suppleantName, String suppleantEmail) {
        this.organisation = organisation;
        this.organisationType = type;
        this.territory = territory;
        this.titulaireName = titulaireName;
        this.titulaireEmail = titulaireEmail;
        this.suppleantName = suppleantName;
        this.suppleantEmail = suppleantEmail;
    }

    /** The candidate withdraws (or staff record the withdrawal); the row stays for the audit trail. */
    public void withdraw(Instant now) {
        if (status == Status.WITHDRAWN) {
            throw new BusinessException("candidacy.error.already-withdrawn");
        }
        if (isErased()) {
            throw new BusinessException("candidacy.error.erased");
        }
        this.status = Status.WITHDRAWN;
        this.withdrawnAt = now;
    }

    /**
     * Erases what identifies or locates a resident (name, contact, address, birth date); sex, EU flag, quartier and
     * dates stay for the call's statistics.
     */
    public void erasePersonalData(Instant now) {
        if (isErased()) {
            throw new IllegalStateException("candidacy " + id + " is already erased");
        }
        // the duplicate key hashes name and birth date: a dictionary could re-identify it, so it goes too
        this.duplicateKey = (java.util.UUID.randomUUID().toString() + java.util.UUID.randomUUID()).replace("-", "");
        this.lastName = "—";
        this.firstName = "—";
        this.email = null;
        this.phone = null;
        this.address = null;
        this.postcode = null;
        this.birthDate = null;
        this.erasedAt = now;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Long getId() {
        return id;
    }

    public CandidacyCampaign getCampaign() {
        return campaign;
    }

    public String getReference() {
        return reference;
    }

    public Status getStatus() {
        return status;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getLocale() {
        return locale;
    }

    public Territory getTerritory() {
        return territory;
    }

    public String getAddress() {
        return address;
    }

    public String getPostcode() {
        return postcode;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public EuStatus getEu() {
        return eu;
    }

    public String getOrganisation() {
        return organisation;
    }

    public OrganisationType getOrganisationType() {
        return organisationType;
    }

    public String getTitulaireName() {
        return titulaireName;
    }

    public String getTitulaireEmail() {
        return titulaireEmail;
    }

    public String getSuppleantName() {
        return suppleantName;
    }

    public String getSuppleantEmail() {
        return suppleantEmail;
    }

    public boolean isAssisted() {
        return assisted;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
