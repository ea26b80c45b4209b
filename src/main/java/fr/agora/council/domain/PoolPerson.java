package fr.agora.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A person of a draw's pool, minimised at import (see {@code fr.agora.council.pool.PoolEntry}): sex, age band,
 * EU status and sub-area for the quotas, name and contact details to reach them if drawn, and the source tags.
 * Only draw operators see these rows.
 */
@Entity
@Table(name = "council_pool_person")
public class PoolPerson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draw_id")
    private CouncilDraw draw;

    @Column(name = "person_key", nullable = false, length = 64)
    private String personKey;

    @Column(name = "last_name", nullable = false, length = 200)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = 200)
    private String firstName;

    @Column(nullable = false, length = 10)
    private String sex;

    @Column(name = "age_band", nullable = false, length = 16)
    private String ageBand;

    @Column(nullable = false, length = 8)
    private String eu;

    @Column(name = "sub_area", nullable = false, length = 200)
    private String subArea;

    @Column(name = "postal_address", nullable = false, length = 620)
    private String postalAddress;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 20)
    private String phone;

    @Column(nullable = false, length = 100)
    private String sources;

    protected PoolPerson() {
    }

    public PoolPerson(CouncilDraw draw, String personKey) {
        this.draw = draw;
        this.personKey = personKey;
    }

    /** Sets every value from an import (a new person, or one merged with a later source). */
    public void update(String lastName, String firstName, String sex, String ageBand, String eu, String subArea,
            String postalAddress, String email, String phone, String sources) {
        this.lastName = lastName;
        this.firstName = firstName;
        this.sex = sex;
        this.ageBand = ageBand;
        this.eu = eu;
        this.subArea = subArea;
        this.postalAddress = postalAddress;
        this.email = email;
        this.phone = phone;
        this.sources = sources;
    }

    /**
     * Takes a source away from this person (the operator removed it from the pool before the freeze).
     *
     * @return whether the person still comes from another source (if not, they leave the pool)
     */
    public boolean removeSource(String source) {
        java.util.List<String> left = java.util.Arrays.stream(sources.split(",")).filter(s -> !s.isBlank()
                && !s.equals(source)).toList();
        this.sources = String.join(",", left);
        return !left.isEmpty();
    }

    /** Erases what identifies the person, keeping the id and the features the published draw is checked with. */
    public void erasePersonalData() {
        this.lastName = "";
        this.firstName = "";
        this.postalAddress = "";
        this.email = "";
        this.phone = "";
        this.subArea = "";
        this.personKey = "effacé-" + id;
    }

    public boolean isErased() {
        return lastName.isEmpty() && firstName.isEmpty();
    }

    public CouncilDraw getDraw() {
        return draw;
    }

    public Long getId() {
        return id;
    }

    public String getPersonKey() {
        return personKey;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getSex() {
        return sex;
    }

    public String getAgeBand() {
        return ageBand;
    }

    public String getEu() {
        return eu;
    }

    public String getSubArea() {
        return subArea;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getSources() {
        return sources;
    }
}
