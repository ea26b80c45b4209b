package fr.agora.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AccountService;
import fr.agora.shared.service.ProfileData;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;

/** A user's own profile: details, password, data export (JSON) and account deletion. */
@Route(value = "profil", layout = MainLayout.class)
@PermitAll
public class ProfileView extends AgoraView {

    final TextField name = new TextField();
    final ComboBox<TerritoryData> quartier = new ComboBox<>();
    final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    final Button save = new Button();
    private final transient AccountService accounts;

    public ProfileView(AccountService accounts, TerritoryService territories, AuthenticationContext auth) {
        this.accounts = accounts;
        ProfileData me = accounts.myProfile();

        Paragraph who = new Paragraph(getTranslation("profile.email", me.email()));
        who.setId("profile-email");
        Paragraph roles = new Paragraph(getTranslation("profile.roles", me.roles().stream().map(Role::name)
                .map(r -> getTranslation("role." + r)).sorted().collect(Collectors.joining(", "))));

        name.setLabel(getTranslation("register.name"));
        name.setValue(me.displayName());
        name.setId("profile-name");
        name.setMaxLength(120);
        quartier.setLabel(getTranslation("register.quartier"));
        quartier.setItems(territories.residenceChoices());
        quartier.setItemLabelGenerator(TerritoryData::name);
        quartier.setClearButtonVisible(true);
        territories.residenceChoices().stream().filter(t -> t.id().equals(me.quartierId())).findFirst().ifPresent(quartier::setValue);
        language.setLabel(getTranslation("profile.language"));
        language.setItems("fr", "en");
        language.setItemLabelGenerator(l -> "fr".equals(l) ? "Français" : "English");
        language.setValue(me.locale());
        save.setText(getTranslation("profile.save"));
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                accounts.updateMyProfile(name.getValue(), quartier.getValue() == null ? null : quartier.getValue().id(),
                        language.getValue());
                Notifications.success(getTranslation("profile.saved"));
                if (!language.getValue().equals(getLocale().getLanguage())) {
                    // the profile's language is the interface's: switch now (it also holds after a reload or login)
                    LocaleInitListener.choose(LocaleInitListener.toLocale(language.getValue()));
                }
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        FormLayout details = new FormLayout(name, quartier, language);
        details.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        add(who, roles, new H2(getTranslation("profile.details")), details, save);
        add(passwordSection());
        add(dataSection(auth));
    }

    private FormLayout passwordSection() {
        PasswordField current = new PasswordField(getTranslation("profile.password.current"));
        PasswordField next = new PasswordField(getTranslation("reset.password"));
        Button change = new Button(getTranslation("profile.password.change"), e -> {
            try {
                accounts.changeMyPassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                Notifications.success(getTranslation("profile.password.changed"));
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        FormLayout form = new FormLayout(new H2(getTranslation("profile.password")), current, next, change);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return form;
    }

    private FormLayout dataSection(AuthenticationContext auth) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = accounts.exportMyData();
            return new DownloadResponse(new ByteArrayInputStream(json), "agora-mes-donnees.json", "application/json", json.length);
        }), getTranslation("profile.export"));
        download.setId("profile-export");
        download.getElement().setAttribute("download", true);

        Button delete = new Button(getTranslation("profile.delete"));
        delete.setId("profile-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> openDeletion(auth));
        FormLayout form = new FormLayout(new H2(getTranslation("profile.data")),
                new Paragraph(getTranslation("profile.data.text")), download, delete);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return form;
    }

    /**
     * The deletion dialog: the focus starts on the password (never on the destructive button), a wrong password is
     * reported on the field and keeps the dialog open, and a deletion is confirmed before the person is signed out.
     */
    Dialog openDeletion(AuthenticationContext auth) {
        Dialog dialog = new Dialog();
        dialog.setId("profile-delete-dialog");
        dialog.setHeaderTitle(getTranslation("profile.delete.header"));
        dialog.setCloseOnOutsideClick(false);
        PasswordField password = new PasswordField(getTranslation("profile.delete.password"));
        password.setId("profile-delete-password");
        password.setWidthFull();
        password.setAutofocus(true);
        dialog.add(new Paragraph(getTranslation("profile.delete.text")), password);
        Button cancel = new Button(getTranslation("action.cancel"), c -> dialog.close());
        cancel.setId("profile-delete-cancel");
        Button confirm = new Button(getTranslation("profile.delete.confirm"));
        confirm.setId("profile-delete-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(c -> {
            try {
                accounts.deleteMyAccount(password.getValue());
            } catch (BusinessException ex) {
                password.setErrorMessage(Notifications.translate(ex));
                password.setInvalid(true);
                password.focus();
                return;
            }
            // confirmed in the dialog, then signed out whichever way it is closed
            dialog.removeAll();
            dialog.getFooter().removeAll();
            Paragraph done = new Paragraph(getTranslation("profile.delete.done"));
            done.setId("profile-delete-done");
            done.getElement().setAttribute("role", "status");
            Button ok = new Button(getTranslation("profile.delete.done.ok"), o -> auth.logout());
            ok.setId("profile-delete-ok");
            ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(done);
            dialog.getFooter().add(ok);
            dialog.addDialogCloseActionListener(o -> auth.logout());
            ok.focus();
        });
        dialog.getFooter().add(cancel, confirm);
        PasswordReveal.localise(password);
        dialog.open();
        password.focus();
        return dialog;
    }

    @Override
    protected String titleKey() {
        return "profile.title";
    }
}
