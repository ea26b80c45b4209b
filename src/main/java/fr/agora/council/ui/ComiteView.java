package fr.agora.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fr.agora.council.domain.SeatPosition;
import fr.agora.council.service.Appointment;
import fr.agora.council.service.ComiteDesignationData;
import fr.agora.council.service.ComiteDesignationService;
import fr.agora.council.service.ComiteSpace;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * The comité de quartier's officer designates the comité's membres de droit (one titulaire and one suppléant) to
 * each conseil citoyen whose territory the comité's perimeter intersects, or replaces them. One section per council,
 * in a single column on a phone.
 */
@Route(value = "conseils/comite", layout = MainLayout.class)
@RolesAllowed(Role.Names.COMMITTEE_OFFICER)
public class ComiteView extends AgoraView {

    private final ComiteDesignationService comites;
    final Div content = new Div();
    /** One designation form per council, in the order shown. */
    final List<DesignationForm> forms = new ArrayList<>();

    public ComiteView(ComiteDesignationService comites) {
        this.comites = comites;
        content.setWidthFull();
        add(content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        forms.clear();
        ComiteSpace space = comites.mySpace();
        if (space.comiteCode() == null) {
            content.add(new Paragraph(getTranslation("comite.view.no-comite")));
            return;
        }
        content.add(new Paragraph(getTranslation("comite.view.intro", space.comiteName())));
        if (space.councils().isEmpty()) {
            content.add(new Paragraph(getTranslation("comite.view.no-council", space.comiteName())));
            return;
        }
        for (ComiteSpace.CouncilEntry c : space.councils()) {
            Div section = new Div();
            section.setWidthFull();
            section.add(new H2(c.name()));
            section.add(new Paragraph(getTranslation("comite.view.territory", String.join(", ", c.territoryNames()))));
            Paragraph current = new Paragraph(current(c.designation()));
            current.getElement().setAttribute("role", "status");
            section.add(current);
            DesignationForm form = new DesignationForm(c);
            forms.add(form);
            section.add(form);
            content.add(section);
        }
    }

    private String current(ComiteDesignationData d) {
        if (d == null) {
            return getTranslation("comite.view.current.none");
        }
        return getTranslation("comite.view.current", orVacant(d.titulaire()), orVacant(d.suppleant()),
                CouncilUi.date(d.designatedAt().atZone(fr.agora.council.domain.CouncilTime.ZONE).toLocalDate()));
    }

    private String orVacant(String name) {
        return name == null ? getTranslation("comite.vacant") : name;
    }

    /** The titulaire and the suppléant to designate to one council. */
    final class DesignationForm extends Div {
        final PersonFields titulaire = new PersonFields(ComiteView.this, SeatPosition.TITULAIRE);
        final PersonFields suppleant = new PersonFields(ComiteView.this, SeatPosition.SUPPLEANT);
        final Button designate = new Button();
        final long councilId;

        DesignationForm(ComiteSpace.CouncilEntry council) {
            this.councilId = council.id();
            setWidthFull();
            String title = getTranslation(council.designation() == null ? "comite.view.form" : "comite.view.form-replace");
            H3 heading = new H3(title);
            designate.setText(getTranslation(council.designation() == null ? "comite.view.designate"
                    : "comite.view.replace"));
            designate.getElement().setAttribute("aria-label", getTranslation(council.designation() == null
                    ? "comite.view.designate-for" : "comite.view.replace-for", council.name()));
            designate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            designate.addClickListener(e -> {
                try {
                    ComiteDesignationData d = comites.designate(council.id(), titulaire.appointment(null),
                            suppleant.appointment(null));
                    Notifications.success(getTranslation("comite.view.done", d.titulaire(), d.suppleant(), council.name()));
                    refresh();
                } catch (BusinessException ex) {
                    Notifications.error(ex);
                }
            });
            FormLayout form = new FormLayout(titulaire.name, titulaire.email, titulaire.phone, titulaire.consent,
                    suppleant.name, suppleant.email, suppleant.phone, suppleant.consent);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
            Paragraph help = new Paragraph(getTranslation("comite.view.help"));
            add(heading, help, form, designate);
        }
    }

    @Override
    protected String titleKey() {
        return "comite.title";
    }
}
