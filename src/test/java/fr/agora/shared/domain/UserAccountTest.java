package fr.agora.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
    void fifth_failure_within_fifteen_minutes_locks_for_fifteen_minutes() {
        UserAccount a = account();
        for (int i = 0; i < 4; i++) {
            assertThat(a.registerFailedLogin(T0.plusSeconds(60L * i))).isFalse();
        }
        assertThat(a.registerFailedLogin(T0.plusSeconds(240))).isTrue();
        assertThat(a.isLocked(T0.plusSeconds(241))).isTrue();
        assertThat(a.isLocked(T0.plusSeconds(240).plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
        assertThat(a.isLocked(T0.plusSeconds(240).plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failures_spread_over_more_than_fifteen_minutes_do_not_lock() {
        UserAccount a = account();
        for (int i = 0; i < 10; i++) {
            assertThat(a.registerFailedLogin(T0.plus(Duration.ofMinutes(4L * i)))).isFalse();
        }
        assertThat(a.isLocked(T0.plus(Duration.ofMinutes(40)))).isFalse();
    }

    @Test
    void success_resets_the_counter() {
        UserAccount a = account();
        for (int i = 0; i < 4; i++) {
            a.registerFailedLogin(T0);
        }
        a.registerSuccessfulLogin(T0);
        assertThat(a.registerFailedLogin(T0)).isFalse();
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
