package fr.agora.shared.service;

import fr.agora.shared.domain.EmailAddress;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only look-ups of accounts for the features (enrol a participant by address, name the authors, reach the
 * partners), so that no feature reads the accounts' repository.
 */
@Service
public class AccountDirectory {

    private final UserAccountRepository users;

    AccountDirectory(UserAccountRepository users) {
        this.users = users;
    }

    /** The signed-in person's account, when it exists and is enabled. */
    @Transactional(readOnly = true)
    public Optional<AccountRef> current() {
        return CurrentUser.email().flatMap(this::byEmail);
    }

    /** The enabled account with this address (normalised first), if any. */
    @Transactional(readOnly = true)
    public Optional<AccountRef> byEmail(String email) {
        String normalised = EmailAddress.normalise(email);
        return normalised == null ? Optional.empty()
                : users.findByEmail(normalised).filter(UserAccount::isEnabled).map(AccountDirectory::ref);
    }

    /**
     * The quartier an enabled account declared (its territory's id), if any: a feature's eligibility rule (the budget
     * vote is for residents of the city).
     */
    @Transactional(readOnly = true)
    public Optional<Long> declaredQuartier(long accountId) {
        return users.findById(accountId).filter(UserAccount::isEnabled).map(UserAccount::getQuartier)
                .map(fr.agora.shared.domain.Territory::getId);
    }

    /** Whether an account (enabled or not) has this address, normalised first. */
    @Transactional(readOnly = true)
    public boolean hasAccount(String email) {
        String normalised = EmailAddress.normalise(email);
        return normalised != null && users.existsByEmail(normalised);
    }

    /** The accounts with these ids (enabled or not: a list of who took part stays whole), by name. */
    @Transactional(readOnly = true)
    public List<AccountRef> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return users.findAllById(ids).stream().map(AccountDirectory::ref)
                .sorted(Comparator.comparing(AccountRef::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The organisations that enabled accounts with this role speak for, in alphabetical order. */
    @Transactional(readOnly = true)
    public List<String> organisations(Role role) {
        return users.findOrganisationsWithRole(role);
    }

    private static AccountRef ref(UserAccount u) {
        return new AccountRef(u.getId(), u.getEmail(), u.getDisplayName(), u.getOrganisation(), u.getLocale());
    }
}
