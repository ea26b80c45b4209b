package fr.agora.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.AgoraSpringTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AgoraSpringTest
class RegisterViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountRepository users;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    fr.agora.shared.service.AccountService accounts;

    void fill(RegisterView view, String email, String password, boolean consent) {
        test(view.email).setValue(email);
        test(view.name).setValue("Sophie");
        test(view.password).setValue(password);
        test(view.confirm).setValue(password);
        test(view.quartier).selectItem("Pierre Rollin");
        test(view.consent).click();
        if (!consent) {
            test(view.consent).click();
        }
    }

    @Test
    void a_resident_registers_with_a_quartier() {
        String email = "vue-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        RegisterView view = navigate(RegisterView.class);
        assertThat(view.getPageTitle()).isEqualTo("Créer un compte — Agora");
        fill(view, email, "Soleil-sur-Amiens-42", true);
        test(view.submit).click();
        assertThat($(Paragraph.class).id("register-done").getText()).contains(email).contains("courriel");
        assertThat(jdbc.queryForObject("SELECT t.name FROM app_user u JOIN territory t ON t.id = u.quartier_id WHERE u.email = ?",
                String.class, email)).isEqualTo("Pierre Rollin");
    }

    @Test
    void a_weak_password_is_explained_in_french_on_the_field() {
        RegisterView view = navigate(RegisterView.class);
        fill(view, "faible-" + UUID.randomUUID() + "@exemple.fr", "abcdefghijkl", true);
        test(view.submit).click();
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("trois types de caractères");
    }

    @Test
    void a_taken_address_gets_the_same_answer_as_a_new_one_and_missing_consent_is_refused() {
        String email = "double-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        accounts.register(new fr.agora.shared.service.RegistrationRequest(email, "Premier", "Soleil-sur-Amiens-42", null, true, "fr"));
        RegisterView view = navigate(RegisterView.class);
        fill(view, email.toUpperCase(), "Soleil-sur-Amiens-42", true);
        test(view.submit).click();
        // nothing tells the visitor that the address has an account (its owner is told by mail)
        assertThat($(Paragraph.class).withId("register-done").single().getText())
                .isEqualTo(view.getTranslation("register.done", email.toUpperCase()));

        navigate(LoginView.class);
        view = navigate(RegisterView.class);
        assertThat($(Paragraph.class).withId("register-done").exists()).isFalse();
        fill(view, "sans-consentement-" + UUID.randomUUID() + "@exemple.fr", "Soleil-sur-Amiens-42", false);
        test(view.submit).click();
        assertThat(view.consent.isInvalid()).isTrue();
        assertThat($(Paragraph.class).withId("register-done").exists()).isFalse();
    }
}
