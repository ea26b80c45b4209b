package fr.agora.walks.service;

import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AccountDirectory;
import fr.agora.shared.service.AccountRef;
import fr.agora.shared.service.CurrentUser;
import fr.agora.walks.domain.Organisations;
import fr.agora.walks.domain.RecommendationRepository;
import fr.agora.walks.domain.Walk;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who is looking, for the visibility rules: staff (city agents and admins) see everything; moderators see what
 * awaits review; a partner sees internal pins of the walks its organisation takes part in or is addressed on;
 * everyone else sees published content only.
 */
@Component
class WalkAccess {

    private final AccountDirectory accounts;
    private final RecommendationRepository recommendations;

    WalkAccess(AccountDirectory accounts, RecommendationRepository recommendations) {
        this.accounts = accounts;
        this.recommendations = recommendations;
    }

    static boolean hasRole(String role) {
        return CurrentUser.hasAnyRole(Role.valueOf(role));
    }

    /** City staff and admins: they run walks and see everything. */
    static boolean isStaff() {
        return hasRole(Role.Names.STAFF) || hasRole(Role.Names.ADMIN);
    }

    /** Those who review pins and photos. */
    static boolean isModerator() {
        return isStaff() || hasRole(Role.Names.MODERATOR);
    }

    /** The logged-in account, if it exists in the database. */
    Optional<AccountRef> account() {
        return accounts.current();
    }

    /** The organisation a partner account speaks for, or empty. */
    Optional<String> partnerOrganisation() {
        if (!hasRole(Role.Names.PARTNER)) {
            return Optional.empty();
        }
        return account().map(AccountRef::organisation).filter(o -> !Organisations.key(o).isEmpty());
    }

    /** True when the current user may see this walk's internal pins: staff, or a partner involved in the walk. */
    boolean seesInternal(Walk walk) {
        if (isModerator()) {
            return true;
        }
        return partnerOrganisation()
                .map(org -> walk.involves(org) || recommendations.isAddresseeOnWalk(walk.getId(), Organisations.key(org)))
                .orElse(false);
    }

    /** True when the current user may capture pins on the walk: an enrolled participant, or staff. */
    boolean mayCapture(Walk walk) {
        return isStaff() || account().map(a -> walk.isParticipant(a.id())).orElse(false);
    }
}
