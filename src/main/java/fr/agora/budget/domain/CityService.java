package fr.agora.budget.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A city service that analyses feasibility, and the reviewers (SERVICE_REVIEWER accounts) who answer for it. */
@Entity
@Table(name = "budget_city_service")
public class CityService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 160)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "budget_city_service_reviewer", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "email", nullable = false, length = 254)
    private Set<String> reviewers = new HashSet<>();

    protected CityService() {
    }

    public CityService(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public void addReviewer(String email) {
        reviewers.add(email.strip().toLowerCase(Locale.ROOT));
    }

    public boolean removeReviewer(String email) {
        return reviewers.remove(email.strip().toLowerCase(Locale.ROOT));
    }

    public boolean hasReviewer(String email) {
        return email != null && reviewers.contains(email.toLowerCase(Locale.ROOT));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Set<String> getReviewers() {
        return Collections.unmodifiableSet(reviewers);
    }
}
