package fr.agora.comites.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A member of a comité de quartier, as its officer keeps the list: convoked to its meetings; {@code voting}
 * members count for the quorum; contacts are shown to other members only if the member agreed.
 */
@Entity
@Table(name = "comite_member")
public class ComiteMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "territory_id", nullable = false)
    private long comiteId;

    @Column(name = "full_name", nullable = false, length = 160)
    private String fullName;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 32)
    private String phone;

    @Column(name = "share_contact", nullable = false)
    private boolean shareContact;

    @Column(nullable = false)
    private boolean voting;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ComiteMember() {
    }

    public ComiteMember(long comiteId, String fullName, String email, String phone, boolean shareContact,
            boolean voting, Instant createdAt) {
        this.comiteId = comiteId;
        this.fullName = fullName;
        this.email = email;
        this.phone = phone;
        this.shareContact = shareContact;
        this.voting = voting;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getComiteId() {
        return comiteId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isShareContact() {
        return shareContact;
    }

    public boolean isVoting() {
        return voting;
    }
}
