package fr.agora.plenary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fr.agora.plenary.service.DesignationData;
import fr.agora.plenary.service.PlenaryData;
import fr.agora.plenary.service.PlenaryService;
import fr.agora.plenary.service.RepresentativeService;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import java.util.HashSet;
import java.util.List;

/** A conseil's member votes to designate the conseil's representatives (the open designation votes they are on). */
@Route(value = "pleniere/designations", layout = MainLayout.class)
@PermitAll
public class DesignationVoteView extends AgoraView implements BeforeEnterObserver {

    private final PlenaryService plenaries;
    private final RepresentativeService representatives;

    public DesignationVoteView(PlenaryService plenaries, RepresentativeService representatives) {
        this.plenaries = plenaries;
        this.representatives = representatives;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        build();
    }

    void build() {
        removeAll();
        PlenaryData p = plenaries.current().orElse(null);
        List<DesignationData> open = p == null ? List.of()
                : representatives.designations(p.id()).stream().filter(d -> d.open() && d.eligible()).toList();
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("plenary.designation.none")));
        }
        for (DesignationData d : open) {
            Div card = new Div();
            card.addClassName("agora-card");
            card.add(new H3(getTranslation("plenary.manage.designation-line", d.councilName(),
                    getTranslation("plenary.college." + d.college().name()), d.seats())));
            if (d.voted()) {
                card.add(new Paragraph(getTranslation("plenary.designation.voted")));
            } else {
                CheckboxGroup<DesignationData.Candidate> choice = new CheckboxGroup<>(
                        getTranslation("plenary.designation.choose", d.seats()));
                choice.setId("designation-choice-" + d.id());
                choice.setItems(d.candidates());
                choice.setItemLabelGenerator(DesignationData.Candidate::name);
                Button send = new Button(getTranslation("plenary.designation.send"), e -> {
                    if (PlenaryUi.run(() -> representatives.castDesignation(d.id(), new HashSet<>(choice.getValue().stream()
                            .map(DesignationData.Candidate::memberId).toList())))) {
                        Notifications.success(getTranslation("plenary.designation.voted"));
                        build();
                    }
                });
                send.setId("designation-send-" + d.id());
                send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                card.add(choice, send);
            }
            add(card);
        }
    }

    @Override
    protected String titleKey() {
        return "plenary.designation.title";
    }
}
