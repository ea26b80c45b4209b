package fr.agora.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.agora.meetings.domain.ChantierStatus;
import fr.agora.meetings.service.ChantierData;
import fr.agora.meetings.service.ConsultationService;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import fr.agora.shared.ui.map.LeafletMap;
import fr.agora.shared.ui.map.MapSettings;

/**
 * A chantier's consultation: the information, the window, the published avis, the « prise en compte » once
 * published; a signed-in resident gives their avis during the window (one each), then comments during the works.
 */
@Route(value = "consultations/:chantierId([0-9]+)", layout = MainLayout.class)
@AnonymousAllowed
public class ConsultationView extends AgoraView implements BeforeEnterObserver {

    private final ConsultationService consultations;
    private final AuthenticationContext auth;
    private final MapSettings mapSettings;
    ChantierData chantier;
    final TextArea avis = new TextArea();
    final Button send = new Button();
    final BeanValidationBinder<AvisBean> binder = new BeanValidationBinder<>(AvisBean.class);

    public ConsultationView(ConsultationService consultations, AuthenticationContext auth, MapSettings mapSettings) {
        this.consultations = consultations;
        this.auth = auth;
        this.mapSettings = mapSettings;
        addClassName("agora-meetings");
        avis.setId("avis-text");
        avis.setWidthFull();
        avis.setMaxLength(4000);
        send.setId("avis-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
        binder.forField(avis).asRequired(getTranslation("consultations.avis.required")).bind("text");
        binder.setBean(new AvisBean());
    }

    static String state(ChantierData c) {
        if (c.status() == ChantierStatus.CLOSED) {
            return "consultations.state.closed";
        }
        return c.collectsAvis() ? "consultations.state.open" : c.takesComments() ? "consultations.state.works"
                : "consultations.state.soon";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            chantier = consultations.get(Long.parseLong(event.getRouteParameters().get("chantierId").orElse("0")));
        } catch (BusinessException | NumberFormatException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("consultations.error.unknown"));
            return;
        }
        build();
    }

    void build() {
        removeAll();
        ChantierData c = chantier;
        add(new H2(c.title()), new Paragraph(MeetingUi.badge(getTranslation(state(c)))));
        add(new Paragraph(getTranslation("consultations.location", c.location())));
        if (c.comiteName() != null) {
            add(new Paragraph(getTranslation("consultations.comite", c.comiteName())));
        }
        add(new Paragraph(getTranslation("consultations.services", c.services())));
        add(new Paragraph(getTranslation("consultations.window", MeetingUi.date(c.opensOn()), MeetingUi.date(c.closesOn()),
                MeetingUi.date(c.worksStart()))));
        Paragraph info = new Paragraph(c.information());
        info.getStyle().set("white-space", "pre-wrap");
        add(info);
        if (c.documents() != null) {
            for (String line : c.documents().split("\n")) {
                String l = line.strip();
                if (l.startsWith("https://")) {
                    Anchor doc = new Anchor(l, getTranslation("consultations.document", l));
                    doc.setRouterIgnore(true);
                    add(new Paragraph(doc));
                }
            }
        }
        LeafletMap map = new LeafletMap(mapSettings);
        map.setAccessibleName(getTranslation("consultations.map", c.title()));
        map.setHeight("240px");
        map.setWidthFull();
        map.setView(c.point(), 16);
        map.addMarker(c.point(), c.title());
        add(map);
        if (c.summaryPublishedAt() != null) {
            add(new H2(getTranslation("consultations.summary")));
            Paragraph summary = new Paragraph(c.summary());
            summary.setId("consultation-summary");
            summary.getStyle().set("white-space", "pre-wrap");
            add(summary);
        }
        if (c.collectsAvis() || c.takesComments()) {
            add(new H2(getTranslation(c.collectsAvis() ? "consultations.avis.give" : "consultations.comment.give")));
            if (!auth.isAuthenticated()) {
                add(new Paragraph(new Anchor("login", getTranslation("consultations.avis.login"))));
            } else if (c.collectsAvis() && c.alreadyGaveAvis()) {
                add(new Paragraph(getTranslation("consultations.avis.already")));
            } else {
                avis.setLabel(getTranslation(c.collectsAvis() ? "consultations.avis.label" : "consultations.comment.label"));
                send.setText(getTranslation("consultations.avis.send"));
                add(avis, send);
            }
        }
        add(new H2(getTranslation("consultations.avis.published")));
        Div list = new Div();
        list.addClassName("agora-cards");
        if (c.avis().isEmpty()) {
            list.add(new Paragraph(getTranslation("consultations.avis.none")));
        }
        c.avis().forEach(a -> {
            Div card = new Div(new Paragraph(a.body()), new Paragraph(a.authorName() + " — "
                    + getTranslation("consultations.kind." + a.kind().name())));
            card.addClassName("agora-card");
            list.add(card);
        });
        add(list);
    }

    void send() {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            consultations.giveAvis(chantier.id(), binder.getBean().getText());
            binder.setBean(new AvisBean());
            Notifications.success(getTranslation("consultations.avis.sent"));
            chantier = consultations.get(chantier.id());
            build();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    @Override
    protected String titleKey() {
        return "consultations.page.title";
    }
}
