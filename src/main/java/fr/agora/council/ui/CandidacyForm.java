package fr.agora.council.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.agora.council.domain.CampaignKind;
import fr.agora.council.domain.OrganisationType;
import fr.agora.council.pool.EuStatus;
import fr.agora.council.pool.Sex;
import fr.agora.council.service.AssistedEntry;
import fr.agora.council.service.AssociationApplication;
import fr.agora.council.service.CampaignData;
import fr.agora.council.service.CandidacyReceipt;
import fr.agora.council.service.ResidentApplication;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.ui.Notifications;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The candidacy form of a call, for a resident or an association; the same form serves the public page and staff's
 * "saisie assistée" (which adds the day the paper form was received and the partner who received it). A resident's
 * form is bound with Bean Validation ({@link ResidentCandidacy}): every error at once, each on its field, the focus
 * on the first; an association's likewise ({@link AssociationCandidacy}). On a refusal the fields keep what was typed and the reason is shown above the button, read out by
 * screen readers.
 */
class CandidacyForm extends Div {

    /** Sends a completed form to the service; returns the receipt or throws the service's refusal. */
    interface Submitter {
        CandidacyReceipt resident(ResidentApplication application, AssistedEntry entry);

        CandidacyReceipt association(AssociationApplication application, AssistedEntry entry);
    }

    final CampaignData campaign;
    final boolean assisted;
    final TextField lastName = new TextField();
    final TextField firstName = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final Select<String> territory = new Select<>();
    final TextField address = new TextField();
    final TextField postcode = new TextField();
    final DatePicker birthDate = new DatePicker();
    final RadioButtonGroup<Sex> sex = new RadioButtonGroup<>();
    final RadioButtonGroup<EuStatus> eu = new RadioButtonGroup<>();
    final Checkbox resides = new Checkbox();
    final TextField organisation = new TextField();
    final Select<OrganisationType> organisationType = new Select<>();
    final TextField titulaire = new TextField();
    final EmailField titulaireEmail = new EmailField();
    final TextField suppleant = new TextField();
    final EmailField suppleantEmail = new EmailField();
    final Checkbox consent = new Checkbox();
    final DatePicker receivedOn = new DatePicker();
    final TextField receivedBy = new TextField();
    final Paragraph error = new Paragraph();
    final Button submit = new Button();

    /** @param retentionDays days after the call's close before residents' data are erased, told in the notice */
    CandidacyForm(CampaignData campaign, boolean assisted, String defaultReceiver, int retentionDays, LocalDate today,
            Submitter submitter,
            Consumer<CandidacyReceipt> done) {
        this.campaign = campaign;
        this.assisted = assisted;
        setWidthFull();
        lastName.setId("candidacy-last-name");
        firstName.setId("candidacy-first-name");
        email.setId("candidacy-email");
        phone.setId("candidacy-phone");
        address.setId("candidacy-address");
        postcode.setId("candidacy-postcode");
        birthDate.setId("candidacy-birth-date");
        sex.setId("candidacy-sex");
        resides.setId("candidacy-resides");
        consent.setId("candidacy-consent");
        boolean residents = campaign.kind() == CampaignKind.HABITANT;
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        // a required Select puts aria-required on its value button, which axe refuses: the star goes in the label
        territory.setLabel(t(residents ? "candidacy.field.territory" : "candidacy.field.territory-association") + " *");
        territory.setItems(campaign.territoryCodes());
        territory.setItemLabelGenerator(code -> campaign.territoryNames().get(campaign.territoryCodes().indexOf(code)));
        if (campaign.territoryCodes().size() == 1) {
            territory.setValue(campaign.territoryCodes().get(0));
        }
        text(lastName, residents ? "candidacy.field.last-name" : "candidacy.field.contact-last-name", 100, "family-name");
        text(firstName, residents ? "candidacy.field.first-name" : "candidacy.field.contact-first-name", 100, "given-name");
        email.setLabel(t("candidacy.field.email"));
        email.setMaxLength(254);
        email.getElement().setAttribute("autocomplete", "email");
        phone.setLabel(t("candidacy.field.phone"));
        phone.setMaxLength(20);
        phone.getElement().setAttribute("autocomplete", "tel");
        phone.getElement().setAttribute("inputmode", "tel");
        email.setHelperText(t("candidacy.field.contact-help"));
        if (residents) {
            sex.setLabel(t("candidacy.field.sex"));
            sex.setItems(Sex.FEMALE, Sex.MALE, Sex.UNSTATED);
            sex.setItemLabelGenerator(s -> t("candidacy.sex." + s.name()));
            sex.setRequiredIndicatorVisible(true);
            birthDate.setLabel(t("candidacy.field.birth-date"));
            birthDate.setRequiredIndicatorVisible(true);
            birthDate.setMax(today);
            // a birth date is typed: a calendar that opens on focus (full screen on a phone) only gets in the way
            birthDate.setAutoOpen(false);
            birthDate.setHelperText(t("candidacy.field.birth-date-help", campaign.minimumAge()));
            text(address, "candidacy.field.address", 255, "street-address");
            postcode.setLabel(t("candidacy.field.postcode"));
            postcode.setMaxLength(5);
            postcode.setPattern("[0-9]{5}");
            postcode.getElement().setAttribute("inputmode", "numeric");
            postcode.getElement().setAttribute("autocomplete", "postal-code");
            eu.setLabel(t("candidacy.field.eu"));
            eu.setItems(EuStatus.EU, EuStatus.NON_EU, EuStatus.UNKNOWN);
            eu.setItemLabelGenerator(s -> t("candidacy.eu." + s.name()));
            eu.setHelperText(t("candidacy.field.eu-help"));
            eu.setValue(EuStatus.UNKNOWN);
            resides.setLabel(t("candidacy.field.resides"));
            form.add(lastName, firstName, sex, birthDate, territory, address, postcode, eu, email, phone, resides);
            form.setColspan(sex, 2);
            form.setColspan(eu, 2);
            form.setColspan(resides, 2);
        } else {
            text(organisation, "candidacy.field.organisation", 160, "organization");
            organisationType.setLabel(t("candidacy.field.organisation-type") + " *");
            organisationType.setItems(OrganisationType.values());
            organisationType.setItemLabelGenerator(o -> t("candidacy.org-type." + o.name()));
            text(titulaire, "candidacy.field.titulaire", 160, "off");
            titulaireEmail.setLabel(t("candidacy.field.titulaire-email"));
            text(suppleant, "candidacy.field.suppleant", 160, "off");
            suppleantEmail.setLabel(t("candidacy.field.suppleant-email"));
            form.add(organisation, organisationType, territory, new Div(), lastName, firstName, email, phone, titulaire,
                    titulaireEmail, suppleant, suppleantEmail);
        }
        if (assisted) {
            receivedOn.setLabel(t("candidacy.field.received-on"));
            receivedOn.setValue(today);
            receivedOn.setRequiredIndicatorVisible(true);
            text(receivedBy, "candidacy.field.received-by", 160, "organization");
            if (defaultReceiver != null) {
                receivedBy.setValue(defaultReceiver);
            }
            form.add(receivedOn, receivedBy);
        }
        consent.setLabel(t(assisted ? "candidacy.field.consent-paper" : "candidacy.field.consent"));
        form.add(consent);
        form.setColspan(consent, 2);
        Details notice = new Details(t("candidacy.notice.title"), new Paragraph(t("candidacy.notice.text."
                + campaign.kind().name(), retentionDays)));
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        error.setId("candidacy-error");
        submit.setText(t(assisted ? "candidacy.assisted.submit" : "candidacy.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("candidacy-submit");
        if (residents) {
            bindResident();
        } else {
            bindAssociation();
        }
        submit.addClickListener(e -> {
            error.setText("");
            // every field the form can check, at once, each marked, the focus on the first (issue 13)
            if (residents ? !binder.validate().isOk() : !associationBinder.validate().isOk()) {
                showFirstError(residents ? residentFields() : associationFields());
                return;
            }
            AssistedEntry entry = assisted ? new AssistedEntry(receivedOn.getValue(), receivedBy.getValue()) : null;
            try {
                CandidacyReceipt receipt = residents ? submitter.resident(resident(), entry)
                        : submitter.association(association(), entry);
                done.accept(receipt);
            } catch (BusinessException ex) {
                String message = Notifications.translate(ex);
                error.setText(message);
                Notifications.error(message);
                markField(ex.getMessageKey(), message);
            }
        });
        add(new H3(t("candidacy.form.heading." + campaign.kind().name())), notice, form, error, submit);
    }

    /** The resident form's binder: Bean Validation on {@link ResidentCandidacy}, plus the rules that need two fields. */
    final BeanValidationBinder<ResidentCandidacy> binder = new BeanValidationBinder<>(ResidentCandidacy.class);

    private void bindResident() {
        binder.forField(lastName).bind("lastName");
        binder.forField(firstName).bind("firstName");
        binder.forField(email)
                .withValidator(v -> !v.isBlank() || !phone.getValue().isBlank(), t("candidacy.error.contact"))
                .bind("email");
        binder.forField(phone).bind("phone");
        binder.forField(territory).bind("territory");
        binder.forField(address).bind("address");
        binder.forField(postcode).bind("postcode");
        binder.forField(birthDate).bind("birthDate");
        binder.forField(sex).bind("sex");
        binder.forField(eu).bind("eu");
        binder.forField(resides)
                .withValidator(v -> v, t("candidacy.error.residence", territory.getValue() == null
                        ? String.join(", ", campaign.territoryNames())
                        : campaign.territoryNames().get(campaign.territoryCodes().indexOf(territory.getValue()))))
                .bind("resides");
        binder.forField(consent).bind("consent");
        // the binder marks @NotNull fields as required: on a Select that puts aria-required on its value button,
        // which axe refuses; the star stays in its label
        territory.setRequiredIndicatorVisible(false);
    }

    /**
     * The association form's binder: Bean Validation on {@link AssociationCandidacy} (every missing or wrong field at
     * once, issue 13), plus the rules that need two fields (a contact, two different people).
     */
    final BeanValidationBinder<AssociationCandidacy> associationBinder = new BeanValidationBinder<>(AssociationCandidacy.class);

    private void bindAssociation() {
        associationBinder.forField(organisation).bind("organisation");
        associationBinder.forField(organisationType).bind("organisationType");
        associationBinder.forField(territory).bind("territory");
        associationBinder.forField(lastName).bind("lastName");
        associationBinder.forField(firstName).bind("firstName");
        associationBinder.forField(email)
                .withValidator(v -> !v.isBlank() || !phone.getValue().isBlank(), t("candidacy.error.contact"))
                .bind("email");
        associationBinder.forField(phone).bind("phone");
        associationBinder.forField(titulaire).bind("titulaire");
        associationBinder.forField(titulaireEmail).bind("titulaireEmail");
        associationBinder.forField(suppleant)
                .withValidator(v -> v.isBlank() || !v.strip().equalsIgnoreCase(titulaire.getValue().strip()),
                        t("candidacy.error.same-person"))
                .bind("suppleant");
        associationBinder.forField(suppleantEmail).bind("suppleantEmail");
        associationBinder.forField(consent).bind("consent");
        // as for residents: a required Select puts aria-required on its value button, which axe refuses
        territory.setRequiredIndicatorVisible(false);
        organisationType.setRequiredIndicatorVisible(false);
    }

    /** The association form's fields in the order they are read, for the focus on the first error. */
    private List<Component> associationFields() {
        return List.of(organisation, organisationType, territory, lastName, firstName, email, phone, titulaire,
                titulaireEmail, suppleant, suppleantEmail, consent);
    }

    /** The fields in the order they are read, for the focus on the first error. */
    private List<Component> residentFields() {
        return List.of(lastName, firstName, sex, birthDate, territory, address, postcode, eu, email, phone, resides,
                consent);
    }

    private void showFirstError(List<Component> fields) {
        fields.stream().filter(f -> f instanceof HasValidation v && v.isInvalid()).findFirst().ifPresent(f -> {
            String message = ((HasValidation) f).getErrorMessage();
            error.setText(message == null ? t("candidacy.error.incomplete") : message);
            if (f instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        });
    }

    /** Puts a refusal from the service on its field too (a duplicate or an unknown reason stays above the button). */
    private void markField(String key, String message) {
        Component field = switch (key) {
            case "candidacy.error.last-name" -> lastName;
            case "candidacy.error.first-name" -> firstName;
            case "candidacy.error.contact", "candidacy.error.email" -> email;
            case "candidacy.error.phone" -> phone;
            case "candidacy.error.residence" -> resides;
            case "candidacy.error.address" -> address;
            case "candidacy.error.postcode" -> postcode;
            case "candidacy.error.birth-date", "candidacy.error.too-young" -> birthDate;
            case "candidacy.error.sex" -> sex;
            case "candidacy.error.territory" -> territory;
            case "candidacy.error.consent" -> consent;
            case "candidacy.error.organisation" -> organisation;
            case "candidacy.error.organisation-type" -> organisationType;
            case "candidacy.error.titulaire" -> titulaire;
            case "candidacy.error.suppleant" -> suppleant;
            default -> null;
        };
        if (field instanceof HasValidation v) {
            v.setErrorMessage(message);
            v.setInvalid(true);
            if (field instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        }
    }

    /**
     * Fills in what the signed-in person's account already knows: their name (first word as first name), their
     * e-mail address, and their quartier when the call covers it.
     */
    void prefill(String displayName, String accountEmail, String quartierName) {
        if (displayName != null && !displayName.isBlank() && lastName.isEmpty() && firstName.isEmpty()) {
            String name = displayName.strip();
            int space = name.indexOf(' ');
            firstName.setValue(space < 0 ? name : name.substring(0, space));
            lastName.setValue(space < 0 ? "" : name.substring(space + 1).strip());
        }
        if (accountEmail != null && email.isEmpty()) {
            email.setValue(accountEmail);
        }
        int index = quartierName == null ? -1 : campaign.territoryNames().indexOf(quartierName);
        if (index >= 0) {
            territory.setValue(campaign.territoryCodes().get(index));
        }
    }

    ResidentApplication resident() {
        return new ResidentApplication(lastName.getValue(), firstName.getValue(), email.getValue(), phone.getValue(),
                territory.getValue(), address.getValue(), postcode.getValue(), birthDate.getValue(), sex.getValue(),
                eu.getValue(), resides.getValue(), consent.getValue());
    }

    AssociationApplication association() {
        return new AssociationApplication(organisation.getValue(), organisationType.getValue(), territory.getValue(),
                lastName.getValue(), firstName.getValue(), email.getValue(), phone.getValue(), titulaire.getValue(),
                titulaireEmail.getValue(), suppleant.getValue(), suppleantEmail.getValue(), consent.getValue());
    }

    private void text(TextField field, String key, int max, String autocomplete) {
        field.setLabel(t(key));
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(true);
        field.getElement().setAttribute("autocomplete", autocomplete);
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }
}
