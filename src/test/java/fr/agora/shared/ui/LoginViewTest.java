package fr.agora.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.login.LoginForm;
import fr.agora.support.AgoraSpringTest;
import org.junit.jupiter.api.Test;

@AgoraSpringTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void login_form_is_in_french() {
        LoginView view = navigate(LoginView.class);
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isFalse();
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(view.getPageTitle()).isEqualTo("Connexion — Agora");
    }

    @Test
    void a_failed_login_shows_a_french_error() {
        navigate(HomeView.class);
        com.vaadin.flow.component.UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($(LoginForm.class).single().isError()).isTrue();
    }
}
