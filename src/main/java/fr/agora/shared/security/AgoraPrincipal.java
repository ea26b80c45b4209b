package fr.agora.shared.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in account as Spring Security keeps it in the session: besides the e-mail and roles, the account's id
 * and the security stamp the session was opened with, which {@link SessionStampFilter} compares on every request.
 */
public final class AgoraPrincipal extends User {

    private final long accountId;
    private final long stamp;

    public AgoraPrincipal(long accountId, long stamp, String email, String passwordHash, boolean enabled,
            boolean accountNonExpired, boolean accountNonLocked, Collection<? extends GrantedAuthority> authorities) {
        super(email, passwordHash, enabled, accountNonExpired, true, accountNonLocked, authorities);
        this.accountId = accountId;
        this.stamp = stamp;
    }

    public long accountId() {
        return accountId;
    }

    public long stamp() {
        return stamp;
    }

    /** The same principal with another stamp (the session that changed its own password stays open). */
    public AgoraPrincipal withStamp(long newStamp) {
        return new AgoraPrincipal(accountId, newStamp, getUsername(), "", isEnabled(), isAccountNonExpired(),
                isAccountNonLocked(), getAuthorities());
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
