package fr.agora.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.PasswordPolicy;
import fr.agora.shared.service.AccountService;

/** The target of the reset link: {@code /reinitialisation?jeton=…}. */
@Route(value = "reinitialisation", layout = MainLayout.class)
@AnonymousAllowed
public class ResetPasswordView extends AgoraView implements BeforeEnterObserver {

    private String token = "";

    public ResetPasswordView(AccountService accounts) {
        PasswordField password = new PasswordField(getTranslation("reset.password"));
        password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH));
        password.setId("reset-password");
        Paragraph result = new Paragraph();
        result.setId("reset-result");
        Button save = new Button(getTranslation("reset.submit"));
        save.setId("reset-submit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                accounts.resetPassword(token, password.getValue());
                removeAll();
                add(new Paragraph(getTranslation("reset.done")), new Anchor("login", getTranslation("verify.login")));
            } catch (BusinessException ex) {
                password.setErrorMessage(Notifications.translate(ex));
                password.setInvalid(true);
            }
        });
        add(password, save, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("jeton").orElse("");
    }

    @Override
    protected String titleKey() {
        return "reset.title";
    }
}
