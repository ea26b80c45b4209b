package fr.agora.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.agora.shared.service.AccountService;

/** Asks for a password-reset link. The answer is the same whether or not the address has an account. */
@Route(value = "mot-de-passe-oublie", layout = MainLayout.class)
@AnonymousAllowed
public class ForgotPasswordView extends AgoraView {

    public ForgotPasswordView(AccountService accounts) {
        EmailField email = new EmailField(getTranslation("register.email"));
        email.setId("forgot-email");
        Paragraph done = new Paragraph();
        done.setId("forgot-done");
        Button send = new Button(getTranslation("forgot.submit"), e -> {
            try {
                accounts.requestPasswordReset(email.getValue());
                done.setText(getTranslation("forgot.done"));
            } catch (fr.agora.shared.domain.BusinessException ex) {
                done.setText(Notifications.translate(ex));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("forgot-submit");
        add(new Paragraph(getTranslation("forgot.intro")), email, send, done);
    }

    @Override
    protected String titleKey() {
        return "forgot.title";
    }
}
