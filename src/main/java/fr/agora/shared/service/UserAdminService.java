package fr.agora.shared.service;

import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins manage accounts: roles, partner organisation, activation. Every change is audited. */
@Service
@PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
public class UserAdminService {

    private final UserAccountRepository users;
    private final fr.agora.shared.domain.TerritoryRepository territories;
    private final AuditService audit;
    private final Clock clock;

    private final fr.agora.shared.security.LoginThrottle throttle;

    UserAdminService(UserAccountRepository users, AuditService audit, Clock clock,
            fr.agora.shared.security.LoginThrottle throttle, fr.agora.shared.domain.TerritoryRepository territories) {
        this.territories = territories;
        this.throttle = throttle;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Accounts whose e-mail or name contains {@code text} (all when blank), newest first. */
    @Transactional(readOnly = true)
    public List<UserSummary> search(String text) {
        return users.search(fr.agora.shared.domain.LikePattern.contains(text)).stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public UserSummary get(long id) {
        return summary(find(id));
    }

    /**
     * Replaces the roles of an account. {@link Role#RESIDENT} is always kept. An admin cannot remove the last
     * enabled admin, so the portal can never be left without one.
     */
    @Transactional
    public UserSummary setRoles(long userId, java.util.Set<Role> wanted) {
        UserAccount user = find(userId);
        EnumSet<Role> target = wanted.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(wanted);
        target.add(Role.RESIDENT);
        EnumSet<Role> current = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        if (current.contains(Role.ADMIN) && !target.contains(Role.ADMIN) && users.countEnabledWithRole(Role.ADMIN) <= 1) {
            audit.recordRefusal(CurrentUser.actor(), "ROLE_REVOKED", "user", userId, Map.of("role", "ADMIN", "reason", "last-admin"));
            throw new BusinessException("admin.last-admin");
        }
        for (Role role : Role.values()) {
            if (target.contains(role) && user.grant(role)) {
                audit.record("ROLE_GRANTED", "user", userId, Map.of("role", role.name(), "email", user.getEmail()));
            } else if (!target.contains(role) && user.revoke(role)) {
                audit.record("ROLE_REVOKED", "user", userId, Map.of("role", role.name(), "email", user.getEmail()));
            }
        }
        return summary(user);
    }

    /** Grants one role. */
    @Transactional
    public UserSummary grant(long userId, Role role) {
        EnumSet<Role> roles = EnumSet.copyOf(find(userId).getRoles());
        roles.add(role);
        return setRoles(userId, roles);
    }

    /** Revokes one role. */
    @Transactional
    public UserSummary revoke(long userId, Role role) {
        EnumSet<Role> roles = EnumSet.copyOf(find(userId).getRoles());
        roles.remove(role);
        return setRoles(userId, roles);
    }

    /** Sets the organisation a partner account speaks for (a bailleur, the police…). */
    @Transactional
    public void setOrganisation(long userId, String organisation) {
        UserAccount user = find(userId);
        String value = organisation == null || organisation.isBlank() ? null : organisation.strip();
        if (value != null && value.length() > 160) {
            throw new BusinessException("admin.organisation-too-long");
        }
        user.setOrganisation(value);
        audit.record("ORGANISATION_SET", "user", userId, Map.of("organisation", String.valueOf(value)));
    }

    /**
     * Sets an account's quartier; for a comité officer, the comité de quartier they act for (issue 14, item 9: the
     * officer cannot change it from their profile). A comité officer's quartier must be a comité de quartier.
     * Audited with the former and the new value.
     */
    @Transactional
    public void setQuartier(long userId, Long territoryId) {
        UserAccount user = find(userId);
        fr.agora.shared.domain.Territory next = territoryId == null ? null : territories.findById(territoryId)
                .orElseThrow(() -> new BusinessException("territory.unknown"));
        Long before = user.getQuartier() == null ? null : user.getQuartier().getId();
        if (java.util.Objects.equals(before, territoryId)) {
            return;
        }
        if (next != null && user.getRoles().contains(Role.COMMITTEE_OFFICER)
                && next.getKind() != fr.agora.shared.domain.TerritoryKind.COMITE) {
            throw new BusinessException("admin.officer-comite");
        }
        user.setQuartier(next);
        audit.record("USER_QUARTIER_SET", "user", userId, Map.of("before", String.valueOf(before), "after",
                String.valueOf(territoryId), "name", next == null ? "" : next.getName()));
    }

    /** Enables or disables an account; an admin cannot disable their own. */
    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        UserAccount user = find(userId);
        if (!enabled && user.getEmail().equals(CurrentUser.actor())) {
            throw new BusinessException("admin.cannot-disable-self");
        }
        user.setEnabled(enabled);
        audit.record(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "user", userId, Map.of("email", user.getEmail()));
    }

    private UserAccount find(long id) {
        return users.findById(id).filter(u -> !u.isAnonymised()).orElseThrow(() -> new BusinessException("admin.user-unknown"));
    }

    private UserSummary summary(UserAccount u) {
        return new UserSummary(u.getId(), u.getEmail(), u.getDisplayName(),
                u.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(u.getRoles()),
                u.isEmailVerified(), u.isEnabled(), throttle.isDelayed(u.getEmail()), u.getOrganisation(),
                u.getCreatedAt(), u.getLastLoginAt(),
                u.getQuartier() == null ? null : u.getQuartier().getId(),
                u.getQuartier() == null ? null : u.getQuartier().getName());
    }
}
