package fr.agora.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    private UserAccount account() {
        return new UserAccount("Camille@Example.FR ", "Camille", "{bcrypt}x", T0);
    }

    @Test
    void email_is_normalised_and_resident_role_given() {
        UserAccount a = account();
        assertThat(a.getEmail()).isEqualTo("camille@example.fr");
        assertThat(a.getRoles()).containsExactly(Role.RESIDENT);
    }

    @Test
    void the_security_stamp_changes_with_roles_activation_password_and_deletion_only() {
        UserAccount a = account();
        long stamp = a.getSecurityStamp();
        a.updateProfile("Camille M.", null, "en");
        a.registerSuccessfulLogin(T0);
        a.grant(Role.RESIDENT); // already held: nothing changes
        a.setEnabled(true);
        assertThat(a.getSecurityStamp()).isEqualTo(stamp);
        a.grant(Role.MODERATOR);
        assertThat(a.getSecurityStamp()).isGreaterThan(stamp);
        stamp = a.getSecurityStamp();
        a.revoke(Role.MODERATOR);
        assertThat(a.getSecurityStamp()).isGreaterThan(stamp);
        stamp = a.getSecurityStamp();
        a.setEnabled(false);
        assertThat(a.getSecurityStamp()).isGreaterThan(stamp);
        stamp = a.getSecurityStamp();
        a.changePassword("{bcrypt}z");
        assertThat(a.getSecurityStamp()).isGreaterThan(stamp);
        stamp = a.getSecurityStamp();
        a.anonymise("{bcrypt}y", T0);
        assertThat(a.getSecurityStamp()).isGreaterThan(stamp);
    }

    @Test
    void anonymising_erases_identity_and_roles() {
        UserAccount a = account();
        a.grant(Role.ADMIN);
        a.setOrganisation("Bailleur");
        a.anonymise("{bcrypt}y", T0);
        assertThat(a.getEmail()).endsWith("@anonyme.invalid").doesNotContain("camille");
        assertThat(a.getDisplayName()).isEqualTo("Compte supprimé");
        assertThat(a.getRoles()).isEmpty();
        assertThat(a.getOrganisation()).isNull();
        assertThat(a.isEnabled()).isFalse();
        assertThat(a.isAnonymised()).isTrue();
    }
}
