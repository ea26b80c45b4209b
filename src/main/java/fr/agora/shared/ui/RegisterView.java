package fr.agora.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.PasswordPolicy;
import fr.agora.shared.service.AccountService;
import fr.agora.shared.service.RegistrationRequest;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;

/** Self-registration of a resident: e-mail, name, password, optional quartier, consent to the notice. */
@Route(value = "inscription", layout = MainLayout.class)
@AnonymousAllowed
public class RegisterView extends AgoraView {

    final EmailField email = new EmailField();
    final TextField name = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final ComboBox<TerritoryData> quartier = new ComboBox<>();
    final Checkbox consent = new Checkbox();
    final Button submit = new Button();
    private final transient AccountService accounts;

    public RegisterView(AccountService accounts, TerritoryService territories) {
        this.accounts = accounts;
        email.setLabel(getTranslation("register.email"));
        email.setId("register-email");
        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        name.setLabel(getTranslation("register.name"));
        name.setId("register-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        password.setLabel(getTranslation("register.password"));
        password.setId("register-password");
        password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH));
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirm.setLabel(getTranslation("register.confirm"));
        confirm.setId("register-confirm");
        confirm.setRequiredIndicatorVisible(true);
        confirm.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        quartier.setLabel(getTranslation("register.quartier"));
        quartier.setId("register-quartier");
        quartier.setHelperText(getTranslation("register.quartier.help"));
        quartier.setItems(territories.residenceChoices());
        quartier.setItemLabelGenerator(TerritoryData::name);
        quartier.setClearButtonVisible(true);
        consent.setLabel(getTranslation("register.consent"));
        consent.setId("register-consent");
        submit.setText(getTranslation("register.submit"));
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());

        FormLayout form = new FormLayout(email, name, password, confirm, quartier);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        add(new Paragraph(getTranslation("register.intro")), form, consent,
                new Anchor("confidentialite", getTranslation("register.notice-link")), submit);
    }

    private void submit() {
        clearErrors();
        if (!password.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("register.confirm-mismatch"));
            confirm.setInvalid(true);
            return;
        }
        try {
            accounts.register(new RegistrationRequest(email.getValue(), name.getValue(), password.getValue(),
                    quartier.getValue() == null ? null : quartier.getValue().id(), consent.getValue(),
                    getLocale().getLanguage()));
            removeAll();
            Paragraph done = new Paragraph(getTranslation("register.done", email.getValue()));
            done.setId("register-done");
            add(done);
        } catch (BusinessException e) {
            String message = Notifications.translate(e);
            switch (e.getMessageKey()) {
                case "register.email-invalid", "register.email-taken" -> invalid(email, message);
                case "register.name-required" -> invalid(name, message);
                case "rate.limited" -> Notifications.error(message);
                case "register.consent-required" -> {
                    consent.getElement().setAttribute("invalid", true);
                    Notifications.error(message);
                }
                default -> invalid(password, message);
            }
        }
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        email.setInvalid(false);
        name.setInvalid(false);
        password.setInvalid(false);
        confirm.setInvalid(false);
        consent.getElement().removeAttribute("invalid");
    }

    @Override
    protected String titleKey() {
        return "register.title";
    }
}
