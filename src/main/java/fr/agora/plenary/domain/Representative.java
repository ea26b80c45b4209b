package fr.agora.plenary.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A conseil's representative for the year's plenary (or to the comité opérationnel de suivi), with the suppléant of
 * their seat, who may stand in when the plenary allows it. Names and e-mails are copied from the council's directory
 * at the designation, so the list stays as designated.
 */
@Entity
@Table(name = "plenary_representative")
public class Representative {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plenary_id", nullable = false)
    private long plenaryId;

    @Column(name = "council_id", nullable = false)
    private long councilId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Representation college;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "full_name", nullable = false, length = 160)
    private String fullName;

    @Column(length = 254)
    private String email;

    @Column(name = "suppleant_name", length = 160)
    private String suppleantName;

    @Column(name = "suppleant_email", length = 254)
    private String suppleantEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Basis basis;

    @Column(name = "basis_ref", nullable = false)
    private long basisRef;

    @Column(name = "designated_by", nullable = false, length = 254)
    private String designatedBy;

    @Column(name = "designated_at", nullable = false)
    private Instant designatedAt;

    protected Representative() {
    }

    public Representative(long plenaryId, long councilId, Representation college, long memberId, String fullName,
            String email, String suppleantName, String suppleantEmail, Basis basis, long basisRef, String designatedBy,
            Instant now) {
        this.plenaryId = plenaryId;
        this.councilId = councilId;
        this.college = college;
        this.memberId = memberId;
        this.fullName = fullName;
        this.email = email;
        this.suppleantName = suppleantName;
        this.suppleantEmail = suppleantEmail;
        this.basis = basis;
        this.basisRef = basisRef;
        this.designatedBy = designatedBy;
        this.designatedAt = now;
    }

    /** Whether {@code mail} is this representative's, or their suppléant's when {@code orSuppleant}. */
    public boolean isPerson(String mail, boolean orSuppleant) {
        return mail != null && (mail.equalsIgnoreCase(email) || orSuppleant && mail.equalsIgnoreCase(suppleantEmail));
    }

    public Long getId() {
        return id;
    }

    public long getPlenaryId() {
        return plenaryId;
    }

    public long getCouncilId() {
        return councilId;
    }

    public Representation getCollege() {
        return college;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getSuppleantName() {
        return suppleantName;
    }

    public String getSuppleantEmail() {
        return suppleantEmail;
    }

    public Basis getBasis() {
        return basis;
    }

    public long getBasisRef() {
        return basisRef;
    }
}
