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
import fr.agora.shared.domain.EmailAddress;
import fr.agora.shared.domain.PasswordPolicy;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.List;
import fr.agora.shared.service.AccountService;
import fr.agora.shared.service.RegistrationRequest;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;

/**
 * Self-registration of a resident: e-mail, name, password, optional quartier, consent to the notice. The form is
 * bound to a {@link RegistrationForm} with Bean Validation: every error is shown at once, on its field.
 */
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
    final BeanValidationBinder<RegistrationForm> binder = new BeanValidationBinder<>(RegistrationForm.class);

    public RegisterView(AccountService accounts, TerritoryService territories) {
        this.accounts = accounts;
        email.setLabel(getTranslation("register.email"));
        email.setId("register-email");
        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        // the field's own check (the address's form) speaks French too, with the service's message
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("register.email-invalid"))
                .setMaxLengthErrorMessage(getTranslation("register.email-invalid")));
        name.setLabel(getTranslation("register.name"));
        name.setId("register-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        name.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(getTranslation("register.name-required")));
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
        bind();

        FormLayout form = new FormLayout(email, name, password, confirm, quartier);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        add(new Paragraph(getTranslation("register.intro")), form, consent,
                new Anchor("confidentialite", getTranslation("register.notice-link")), submit);
    }

    /**
     * Checks every field at once (Bean Validation through the binder, plus the e-mail's form, the password policy and
     * the confirmation), marks each wrong field and puts the focus on the first; then registers. What only the
     * service can tell (an address already taken) is shown on its field the same way.
     */
    private void submit() {
        BinderValidationStatus<RegistrationForm> status = binder.validate();
        if (!status.isOk()) {
            focusFirstInvalid();
            return;
        }
        RegistrationForm form = new RegistrationForm();
        binder.writeBeanIfValid(form);
        try {
            accounts.register(new RegistrationRequest(form.getEmail(), form.getDisplayName(), form.getPassword(),
                    form.getQuartier() == null ? null : form.getQuartier().id(), form.isConsent(),
                    getLocale().getLanguage()));
            removeAll();
            Paragraph done = new Paragraph(getTranslation("register.done", form.getEmail()));
            done.setId("register-done");
            add(done);
        } catch (BusinessException e) {
            String message = Notifications.translate(e);
            if ("rate.limited".equals(e.getMessageKey())) {
                Notifications.error(message); // too many attempts: no field is wrong
                return;
            }
            HasValidation field = switch (e.getMessageKey()) {
                case "register.email-invalid", "register.email-taken" -> email;
                case "register.name-required" -> name;
                case "register.consent-required" -> consent;
                default -> password;
            };
            field.setErrorMessage(message);
            field.setInvalid(true);
            focusFirstInvalid();
        }
    }

    private void focusFirstInvalid() {
        List<com.vaadin.flow.component.Component> fields = List.of(email, name, password, confirm, quartier, consent);
        fields.stream().filter(f -> ((HasValidation) f).isInvalid()).findFirst()
                .ifPresent(f -> ((com.vaadin.flow.component.Focusable<?>) f).focus());
    }

    private void bind() {
        binder.forField(email)
                .withValidator(v -> v.isBlank() || EmailAddress.isValid(EmailAddress.normalise(v)),
                        getTranslation("register.email-invalid"))
                .bind("email");
        binder.forField(name).bind("displayName");
        binder.forField(password)
                .withValidator((v, ctx) -> {
                    List<String> problems = v.isEmpty() ? List.of() : PasswordPolicy.problems(v, email.getValue());
                    return problems.isEmpty() ? ValidationResult.ok() : ValidationResult.error(getTranslation(problems.getFirst()));
                })
                .bind("password");
        binder.forField(confirm)
                .withValidator(v -> v.equals(password.getValue()), getTranslation("register.confirm-mismatch"))
                .bind("confirm");
        binder.forField(quartier).bind("quartier");
        binder.forField(consent).bind("consent");
    }

    @Override
    protected String titleKey() {
        return "register.title";
    }
}
