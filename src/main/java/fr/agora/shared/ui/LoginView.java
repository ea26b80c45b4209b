package fr.agora.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * The login page. After a failed attempt Spring Security keeps the exception in the session; the page reads it
 * to say why, in French: wrong credentials, account locked for 15 minutes, e-mail not verified, account disabled.
 *
 * <p>The page runs without server push: the form is posted natively and the login gives the session a new id, and
 * a push connection of the page reconnecting with the old id during that post was a way to end up signed out on
 * the next page. Push comes back when the person leaves the page without logging in.
 */
@Route(value = "login", layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends AgoraView implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate("mot-de-passe-oublie")));
        login.setI18n(i18n("login.error.title", "login.error.credentials"));
        login.getElement().setAttribute("no-autofocus", "");
        setAlignItems(Alignment.CENTER);
        add(login, new Paragraph(new Anchor("inscription", getTranslation("login.no-account"))));
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPushConfiguration().setPushMode(com.vaadin.flow.shared.communication.PushMode.DISABLED);
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        if (!event.getUI().isClosing()) { // the person moved on inside the app: live updates again
            event.getUI().getPushConfiguration().setPushMode(com.vaadin.flow.shared.communication.PushMode.AUTOMATIC);
        }
        super.onDetach(event);
    }

    private LoginI18n i18n(String errorTitleKey, String errorKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.form.title"));
        form.setUsername(getTranslation("login.form.email"));
        form.setPassword(getTranslation("login.form.password"));
        form.setSubmit(getTranslation("login.form.submit"));
        form.setForgotPassword(getTranslation("login.form.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(errorTitleKey));
        error.setMessage(getTranslation(errorKey));
        error.setUsername(getTranslation("login.error.username-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        String key = "login.error.credentials";
        if (VaadinServletRequest.getCurrent() != null) {
            HttpSession session = VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false);
            Object ex = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (ex instanceof LockedException) {
                key = "login.error.locked";
            } else if (ex instanceof DisabledException) {
                key = "login.error.unverified";
            } else if (ex instanceof AccountExpiredException) {
                key = "login.error.disabled";
            }
        }
        login.setI18n(i18n("login.error.title", key));
        login.setError(true);
    }

    @Override
    protected String titleKey() {
        return "login.title";
    }
}
