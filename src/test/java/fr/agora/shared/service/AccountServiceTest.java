package fr.agora.shared.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import fr.agora.shared.domain.AuditEventRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.Mails;
import fr.agora.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

@AgoraSpringTest
class AccountServiceTest {

    static final String PASSWORD = "Soleil-sur-Amiens-42";

    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository users;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    GreenMail greenMail;
    @Autowired
    fr.agora.shared.domain.TerritoryRepository territories;
    @Autowired
    AuthenticationManager authentication;
    @Autowired
    MutableClock clock;

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    static String newEmail() {
        return "habitant-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
    }

    String registerAndVerify(String email) {
        accounts.register(new RegistrationRequest(email, "Camille", PASSWORD, null, true, "fr"));
        String body = Mails.lastBodyTo(greenMail, email, "/verification?jeton=");
        accounts.verifyEmail(Mails.token(body, "/verification"));
        return email;
    }

    Authentication login(String email, String password) {
        Authentication auth = authentication.authenticate(new UsernamePasswordAuthenticationToken(email, password));
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }

    @Test
    void registration_sends_a_real_mail_and_the_link_verifies_the_account() {
        String email = newEmail();
        accounts.register(new RegistrationRequest(email, "Camille", PASSWORD, null, true, "fr"));
        UserAccount created = users.findByEmail(email).orElseThrow();
        long id = created.getId();
        assertThat(created.isEmailVerified()).isFalse();
        assertThat(created.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(PASSWORD);
        assertThat(created.getConsentVersion()).isEqualTo(AccountService.NOTICE_VERSION);
        assertThatThrownBy(() -> login(email, PASSWORD)).isInstanceOf(DisabledException.class);

        String body = Mails.lastBodyTo(greenMail, email, "/verification?jeton=");
        accounts.verifyEmail(Mails.token(body, "/verification"));
        assertThat(login(email, PASSWORD).isAuthenticated()).isTrue();
        assertThat(users.findById(id).orElseThrow().getLastLoginAt()).isNotNull();
    }

    @Test
    void a_verification_link_works_once_and_expires() {
        String email = newEmail();
        accounts.register(new RegistrationRequest(email, "Camille", PASSWORD, null, true, "fr"));
        String token = Mails.token(Mails.lastBodyTo(greenMail, email, "/verification?jeton="), "/verification");
        accounts.verifyEmail(token);
        assertThatThrownBy(() -> accounts.verifyEmail(token)).isInstanceOf(BusinessException.class).hasMessageContaining("token.invalid");

        String other = newEmail();
        accounts.register(new RegistrationRequest(other, "Karim", PASSWORD, null, true, "fr"));
        String late = Mails.token(Mails.lastBodyTo(greenMail, other, "/verification?jeton="), "/verification");
        clock.advance(Duration.ofHours(49));
        assertThatThrownBy(() -> accounts.verifyEmail(late)).hasMessageContaining("token.invalid");
    }

    @Test
    void bad_registrations_are_refused_with_a_reason() {
        assertThatThrownBy(() -> accounts.register(new RegistrationRequest(newEmail(), "Autre", "azerty", null, true, "fr")))
                .hasMessageContaining("password.too-short");
        assertThatThrownBy(() -> accounts.register(new RegistrationRequest("pas-une-adresse", "Autre", PASSWORD, null, true, "fr")))
                .hasMessageContaining("register.email-invalid");
        assertThatThrownBy(() -> accounts.register(new RegistrationRequest(newEmail(), "Autre", PASSWORD, null, false, "fr")))
                .hasMessageContaining("register.consent-required");
        assertThatThrownBy(() -> accounts.verifyEmail("forged-token")).hasMessageContaining("token.invalid");
        assertThatThrownBy(() -> accounts.verifyEmail("")).hasMessageContaining("token.invalid");
    }

    @Test
    void registering_a_taken_address_answers_as_for_a_new_one_and_mails_the_owner() {
        String email = registerAndVerify(newEmail());
        long accounts0 = users.count();
        accounts.register(new RegistrationRequest(email.toUpperCase(), "Intrus", "Autre-Mot-De-Passe-9", null, true, "fr"));
        assertThat(users.count()).isEqualTo(accounts0);
        assertThat(users.findByEmail(email).orElseThrow().getDisplayName()).isEqualTo("Camille");
        assertThat(Mails.lastBodyTo(greenMail, email, "déjà un")).contains("/mot-de-passe-oublie");

        // an address registered but never verified gets a fresh verification link instead
        String pending = newEmail();
        accounts.register(new RegistrationRequest(pending, "Camille", PASSWORD, null, true, "fr"));
        String first = Mails.token(Mails.lastBodyTo(greenMail, pending, "/verification?jeton="), "/verification");
        accounts.register(new RegistrationRequest(pending, "Camille", PASSWORD, null, true, "fr"));
        long links = java.util.Arrays.stream(greenMail.getReceivedMessagesForDomain(pending)).count();
        assertThat(links).isEqualTo(2);
        assertThatThrownBy(() -> accounts.verifyEmail(first)).hasMessageContaining("token.invalid");
    }

    @Test
    void a_newer_reset_link_or_a_used_one_ends_the_others() {
        String email = registerAndVerify(newEmail());
        accounts.requestPasswordReset(email);
        String older = Mails.token(Mails.lastBodyTo(greenMail, email, "/reinitialisation?jeton="), "/reinitialisation");
        clock.advance(Duration.ofSeconds(1));
        accounts.requestPasswordReset(email);
        String newer = Mails.token(Mails.lastBodyTo(greenMail, email, "/reinitialisation?jeton="), "/reinitialisation");
        assertThat(newer).isNotEqualTo(older);
        assertThatThrownBy(() -> accounts.resetPassword(older, "Nouveau-Mot-2027!")).hasMessageContaining("token.invalid");
        accounts.resetPassword(newer, "Nouveau-Mot-2027!");
        assertThatThrownBy(() -> accounts.resetPassword(older, "Encore-Autre-2028!")).hasMessageContaining("token.invalid");
        assertThat(login(email, "Nouveau-Mot-2027!").isAuthenticated()).isTrue();
    }

    @Test
    void an_unverified_account_is_told_apart_only_after_the_right_password() {
        String email = newEmail();
        accounts.register(new RegistrationRequest(email, "Camille", PASSWORD, null, true, "fr"));
        assertThatThrownBy(() -> login(email, "Mauvais-mot-de-passe-1")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login("personne-" + UUID.randomUUID() + "@exemple.fr", "Mauvais-mot-de-passe-1"))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login(email, PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    void password_reset_by_mailed_token() {
        String email = registerAndVerify(newEmail());
        accounts.requestPasswordReset(email);
        String token = Mails.token(Mails.lastBodyTo(greenMail, email, "/reinitialisation?jeton="), "/reinitialisation");
        assertThatThrownBy(() -> accounts.resetPassword(token, "faible")).hasMessageContaining("password.too-short");
        accounts.resetPassword(token, "Nouveau-Mot-2027!");
        assertThatThrownBy(() -> login(email, PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(login(email, "Nouveau-Mot-2027!").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> accounts.resetPassword(token, "Encore-Autre-2028!")).hasMessageContaining("token.invalid");
    }

    @Test
    void reset_request_for_an_unknown_address_says_nothing_and_sends_nothing() {
        int before = greenMail.getReceivedMessages().length;
        accounts.requestPasswordReset("personne-" + UUID.randomUUID() + "@exemple.fr");
        assertThat(greenMail.getReceivedMessages()).hasSize(before);
    }

    @Test
    void export_holds_the_account_and_its_activity() {
        String email = registerAndVerify(newEmail());
        login(email, PASSWORD);
        accounts.updateMyProfile("Camille M.", null, "en");
        String json = new String(accounts.exportMyData(), StandardCharsets.UTF_8);
        assertThat(json).contains(email).contains("Camille M.").contains("ACCOUNT_REGISTERED").contains("PROFILE_UPDATED")
                .contains("\"locale\" : \"en\"");
    }

    @Test
    void a_comite_officer_cannot_move_to_another_comite_through_the_profile() {
        String email = registerAndVerify(newEmail());
        fr.agora.shared.domain.UserAccount u = users.findByEmail(email).orElseThrow();
        u.grant(fr.agora.shared.domain.Role.COMMITTEE_OFFICER);
        users.save(u);
        login(email, PASSWORD);
        long comite = territories.findFirstByCodeOrderByValidFromDesc("CQ-PARCHEMINIERS").orElseThrow().getId();
        assertThatThrownBy(() -> accounts.updateMyProfile("Officier", comite, "fr"))
                .hasMessageContaining("profile.error.officer-quartier");
        assertThat(accounts.myProfile().quartierId()).isNull();
        // the name and language remain theirs to change
        accounts.updateMyProfile("Officier du comité", null, "fr");
        assertThat(accounts.myProfile().displayName()).isEqualTo("Officier du comité");
    }

    @Test
    void deletion_anonymises_and_blocks_login_but_keeps_the_row() {
        String email = registerAndVerify(newEmail());
        login(email, PASSWORD);
        long id = accounts.myProfile().id();
        assertThatThrownBy(() -> accounts.deleteMyAccount("wrong")).hasMessageContaining("password.wrong-current");
        accounts.deleteMyAccount(PASSWORD);
        SecurityContextHolder.clearContext();
        UserAccount row = users.findById(id).orElseThrow();
        assertThat(row.isAnonymised()).isTrue();
        assertThat(row.getEmail()).doesNotContain(email);
        assertThat(users.findByEmail(email)).isEmpty();
        assertThatThrownBy(() -> login(email, PASSWORD)).isInstanceOfAny(BadCredentialsException.class, AccountExpiredException.class);
        // the address is free again
        accounts.register(new RegistrationRequest(email, "Camille", PASSWORD, null, true, "fr"));
    }
}
