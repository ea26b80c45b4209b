package fr.agora.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.AgoraSpringTest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@AgoraSpringTest
class ProfileViewTest extends SpringBrowserlessTest {

    static final String EMAIL = "profil-vue@exemple.fr";

    @Autowired
    UserAccountRepository users;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void account() {
        if (users.findByEmail(EMAIL).isEmpty()) {
            UserAccount u = new UserAccount(EMAIL, "Yannick", "{noop}x", Instant.now());
            u.verifyEmail();
            users.save(u);
        }
    }

    @Test
    @WithMockUser(username = EMAIL, roles = "RESIDENT")
    void a_resident_sees_and_edits_their_profile() {
        ProfileView view = navigate(ProfileView.class);
        assertThat($(Paragraph.class).id("profile-email").getText()).contains(EMAIL);
        test(view.name).setValue("Yannick D.");
        test(view.quartier).selectItem("Etouvie");
        test(view.save).click();
        UserAccount saved = users.findByEmail(EMAIL).orElseThrow();
        assertThat(saved.getDisplayName()).isEqualTo("Yannick D.");
        assertThat(jdbc.queryForObject("SELECT t.name FROM app_user u JOIN territory t ON t.id = u.quartier_id WHERE u.email = ?",
                String.class, EMAIL)).isEqualTo("Etouvie");
    }

    @Test
    void anonymous_visitors_cannot_open_the_profile() {
        navigate(HomeView.class);
        try {
            navigate(ProfileView.class);
        } catch (RuntimeException expected) {
            // browserless may surface the redirect as an exception
        }
        assertThat(getCurrentView()).isNotInstanceOf(ProfileView.class);
    }
}
