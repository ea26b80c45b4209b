package fr.agora.shared.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person's account. Guards its own rules: anonymisation on deletion, and a security stamp that changes with
 * whatever a session was opened with. Failed logins are counted per address, outside the account
 * ({@code LoginThrottle}), so that unknown addresses are treated alike; the old lock columns are only cleared.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "quartier_id")
    private Territory quartier;

    @Column(length = 160)
    private String organisation;

    @Column(nullable = false, length = 8)
    private String locale = "fr";

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "consent_version", length = 32)
    private String consentVersion;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "first_failed_at")
    private Instant firstFailedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /**
     * Changes whenever what a session was opened with stops being true: roles, activation, password, deletion.
     * Each request compares it with the one its session was opened with, so other sessions end at once.
     */
    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, String passwordHash, Instant createdAt) {
        this.email = EmailAddress.normalise(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        this.roles.add(Role.RESIDENT);
    }

    /** Records the consent to the processing notice of the given version. */
    public void consent(String noticeVersion, Instant at) {
        this.consentVersion = noticeVersion;
        this.consentAt = at;
    }

    public void registerSuccessfulLogin(Instant now) {
        failedLogins = 0;
        firstFailedAt = null;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void verifyEmail() {
        this.emailVerified = true;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        securityStamp++;
    }

    public void updateProfile(String displayName, Territory quartier, String locale) {
        this.displayName = displayName;
        this.quartier = quartier;
        this.locale = locale;
    }

    /** Sets the quartier (for a comité officer: the comité they act for), by an administrator. */
    public void setQuartier(Territory quartier) {
        this.quartier = quartier;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public boolean grant(Role role) {
        return changed(roles.add(role));
    }

    public boolean revoke(Role role) {
        return changed(roles.remove(role));
    }

    public void setEnabled(boolean enabled) {
        changed(this.enabled != enabled);
        this.enabled = enabled;
    }

    private boolean changed(boolean changed) {
        if (changed) {
            securityStamp++;
        }
        return changed;
    }

    /**
     * Erases everything that identifies the person, keeping the row so that counts (votes, participations)
     * that reference it stay right. The account can no longer log in.
     */
    public void anonymise(String unusablePasswordHash, Instant now) {
        this.email = "supprime-" + id + "@anonyme.invalid";
        this.displayName = "Compte supprimé";
        this.passwordHash = unusablePasswordHash;
        this.quartier = null;
        this.organisation = null;
        this.enabled = false;
        this.emailVerified = false;
        this.roles.clear();
        this.lastLoginAt = null;
        this.anonymisedAt = now;
        securityStamp++;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Territory getQuartier() {
        return quartier;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getLocale() {
        return locale;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    /** See {@link #securityStamp}. */
    public long getSecurityStamp() {
        return securityStamp;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
