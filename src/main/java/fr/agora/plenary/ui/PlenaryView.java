package fr.agora.plenary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.agora.plenary.domain.MinutesStatus;
import fr.agora.plenary.domain.SessionStatus;
import fr.agora.plenary.service.AvisData;
import fr.agora.plenary.service.AvisService;
import fr.agora.plenary.service.ContributionData;
import fr.agora.plenary.service.ContributionService;
import fr.agora.plenary.service.PlenaryData;
import fr.agora.plenary.service.PlenaryService;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import java.util.List;
import java.util.Optional;

/**
 * The plenary's public page: date, place and agenda, the conseils' contributions published with the agenda (signed-in
 * residents comment them, moderated), the avis adopted and their answers, the minutes once published; links to the
 * session (representatives), the projector and the earlier years ({@code ?id=}).
 */
@Route(value = "pleniere", layout = MainLayout.class)
@AnonymousAllowed
public class PlenaryView extends AgoraView implements BeforeEnterObserver {

    private final PlenaryService plenaries;
    private final ContributionService contributions;
    private final AvisService avis;
    private final AuthenticationContext auth;
    PlenaryData plenary;

    public PlenaryView(PlenaryService plenaries, ContributionService contributions, AvisService avis,
            AuthenticationContext auth) {
        this.plenaries = plenaries;
        this.contributions = contributions;
        this.avis = avis;
        this.auth = auth;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getLocation().getQueryParameters().getSingleParameter("id");
        Optional<PlenaryData> shown;
        try {
            shown = id.isPresent() ? Optional.of(plenaries.get(Long.parseLong(id.get()))) : plenaries.current();
        } catch (RuntimeException e) {
            shown = plenaries.current();
        }
        plenary = shown.orElse(null);
        build();
    }

    void build() {
        removeAll();
        add(new Paragraph(getTranslation("plenary.page.intro")));
        if (plenary == null) {
            add(new Paragraph(getTranslation("plenary.page.none")));
            add(new RouterLink(getTranslation("plenary.nav.avis"), AvisListView.class));
            return;
        }
        H2 title = new H2(plenary.title());
        title.setId("plenary-title");
        add(title, new Paragraph(PlenaryUi.when(plenary.startsAt()) + " — " + plenary.place()));
        Div links = new Div();
        links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "1rem");
        if (plenary.sessionStatus() != SessionStatus.CLOSED && auth.isAuthenticated()) {
            links.add(PlenaryNavigation.seanceTarget(plenary.id()).link(getTranslation("plenary.page.seance")));
        }
        if (plenary.sessionStatus() != SessionStatus.PLANNED) {
            links.add(new Anchor(PlenaryNavigation.projector(plenary.id()), getTranslation("plenary.page.projector")));
        }
        links.add(new RouterLink(getTranslation("plenary.nav.avis"), AvisListView.class));
        add(links);

        add(new H3(getTranslation("plenary.page.agenda")));
        OrderedList agenda = new OrderedList();
        plenary.agenda().forEach(a -> agenda.add(new ListItem(a)));
        add(agenda);

        add(new H3(getTranslation("plenary.page.contributions")));
        add(new Paragraph(getTranslation("plenary.page.deadline", PlenaryUi.when(plenary.contributionDeadline()))));
        List<ContributionData> published = contributions.published(plenary.id());
        if (published.isEmpty()) {
            add(new Paragraph(getTranslation("plenary.page.no-contribution")));
        }
        for (ContributionData c : published) {
            add(contribution(c));
        }

        List<AvisData> adopted = avis.ofPlenary(plenary.id());
        if (!adopted.isEmpty()) {
            add(new H3(getTranslation("plenary.page.avis")));
            adopted.forEach(a -> add(AvisListView.card(this, a)));
        }
        if (plenary.minutesStatus() == MinutesStatus.PUBLISHED && plenary.minutesText() != null) {
            add(new H3(getTranslation("plenary.page.minutes", PlenaryUi.date(plenary.minutesApprovedOn()))));
            Paragraph minutes = new Paragraph(plenary.minutesText());
            minutes.getStyle().set("white-space", "pre-line");
            add(minutes);
        }
        List<PlenaryData> all = plenaries.all();
        if (all.size() > 1) {
            add(new H3(getTranslation("plenary.page.years")));
            Div years = new Div();
            years.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "1rem");
            all.forEach(p -> years.add(new Anchor(PlenaryNavigation.PAGE + "?id=" + p.id(), String.valueOf(p.year()))));
            add(years);
        }
    }

    private Div contribution(ContributionData c) {
        Div card = new Div();
        card.addClassName("agora-card");
        card.setId("contribution-" + c.id());
        card.add(new H3(c.councilName() + " — " + c.title()));
        Paragraph body = new Paragraph(c.body());
        body.getStyle().set("white-space", "pre-line");
        card.add(body, new Paragraph(getTranslation("plenary.page.approved-on", PlenaryUi.date(c.approvedOn()))));
        c.comments().forEach(x -> card.add(new Paragraph(x.author() + " : " + x.body())));
        if (auth.isAuthenticated()) {
            TextArea comment = new TextArea(getTranslation("plenary.page.comment"));
            comment.setId("comment-" + c.id());
            comment.setWidthFull();
            comment.setMaxLength(2000);
            Button send = new Button(getTranslation("plenary.page.comment-send"), e -> {
                if (PlenaryUi.run(() -> contributions.comment(c.id(), comment.getValue()))) {
                    comment.clear();
                    Notifications.success(getTranslation("plenary.page.comment-sent"));
                }
            });
            send.setId("comment-send-" + c.id());
            card.add(comment, send);
        }
        return card;
    }

    @Override
    protected String titleKey() {
        return "plenary.page.title";
    }
}
