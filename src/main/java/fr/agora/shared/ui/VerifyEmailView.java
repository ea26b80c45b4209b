package fr.agora.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AccountService;

/** The target of the verification link: {@code /verification?jeton=…}. */
@Route(value = "verification", layout = MainLayout.class)
@AnonymousAllowed
public class VerifyEmailView extends AgoraView implements BeforeEnterObserver {

    private final transient AccountService accounts;
    private final Paragraph result = new Paragraph();

    public VerifyEmailView(AccountService accounts) {
        this.accounts = accounts;
        result.setId("verify-result");
        add(result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("jeton").orElse("");
        try {
            accounts.verifyEmail(token);
            result.setText(getTranslation("verify.ok"));
            add(new Anchor("login", getTranslation("verify.login")));
        } catch (BusinessException e) {
            result.setText(Notifications.translate(e));
            add(new Anchor("mot-de-passe-oublie", getTranslation("verify.new-link")));
        }
    }

    @Override
    protected String titleKey() {
        return "verify.title";
    }
}
