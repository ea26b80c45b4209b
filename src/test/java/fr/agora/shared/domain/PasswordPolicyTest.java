package fr.agora.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void accepts_a_long_mixed_password() {
        assertThat(PasswordPolicy.problems("Soleil-sur-Amiens-42", "camille@example.fr")).isEmpty();
    }

    @Test
    void refuses_short_passwords() {
        assertThat(PasswordPolicy.problems("Ab1!", "x@y.fr")).containsExactly("password.too-short");
        assertThat(PasswordPolicy.problems(null, "x@y.fr")).containsExactly("password.too-short");
    }

    @Test
    void refuses_single_class_passwords_even_when_long() {
        assertThat(PasswordPolicy.problems("abcdefghijklmnop", "x@y.fr")).contains("password.too-simple");
        assertThat(PasswordPolicy.problems("Abcdefghijklmnop", "x@y.fr")).contains("password.too-simple");
    }

    @Test
    void refuses_well_known_passwords_and_the_email() {
        assertThat(PasswordPolicy.problems("Azerty123!", "x@y.fr")).contains("password.common");
        assertThat(PasswordPolicy.problems("Camille-2026-xyz", "camille@example.fr")).contains("password.contains-email");
    }

    @Test
    void refuses_absurdly_long_passwords() {
        assertThat(PasswordPolicy.problems("Aa1!".repeat(40), "x@y.fr")).containsExactly("password.too-long");
    }
}
