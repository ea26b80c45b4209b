package fr.agora.budget.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.agora.budget.service.EditionData;
import fr.agora.budget.service.EditionService;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import java.util.Optional;

/**
 * An edition's public page (the current one at {@code /budget}): the amounts, the timeline of its phases with the
 * one open today, what residents may do now, and the way to the proposals.
 */
@Route(value = "budget/:editionId?([0-9]{1,18})", layout = MainLayout.class)
@AnonymousAllowed
public class EditionView extends AgoraView implements BeforeEnterObserver {

    private final transient EditionService editions;
    private final transient AuthenticationContext auth;
    EditionData edition;
    final Paragraph now = new Paragraph();
    final OrderedList timeline = new OrderedList();

    public EditionView(EditionService editions, AuthenticationContext auth) {
        this.editions = editions;
        this.auth = auth;
        addClassName("agora-budget");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> id = event.getRouteParameters().getLong("editionId");
        try {
            Optional<EditionData> found = id.isPresent() ? Optional.of(editions.edition(id.get())) : editions.current();
            if (found.isEmpty()) {
                add(new Paragraph(getTranslation("budget.edition.none")));
                return;
            }
            edition = found.get();
        } catch (BusinessException e) {
            add(new Paragraph(Notifications.translate(e)));
            return;
        }
        build();
    }

    private void build() {
        add(new H2(edition.title()));
        add(new Paragraph(getTranslation("budget.edition.intro")));
        add(new Paragraph(getTranslation("budget.edition.total", BudgetUi.euros(edition.totalEuros()))));
        if (!edition.envelopes().isEmpty()) {
            UnorderedList envelopes = new UnorderedList();
            envelopes.setId("budget-envelopes");
            edition.envelopes().forEach(e -> envelopes.add(new ListItem(e.name() + " : " + BudgetUi.euros(e.amountEuros()))));
            envelopes.add(new ListItem(getTranslation("budget.edition.general", BudgetUi.euros(edition.generalEuros()))));
            add(envelopes);
        }
        add(new H2(getTranslation("budget.edition.timeline")));
        timeline.setId("budget-timeline");
        for (EditionData.PhaseData p : edition.phases()) {
            ListItem item = new ListItem(new Span(getTranslation("budget.phase." + p.phase().name())),
                    new Span(" — " + getTranslation("budget.edition.dates", BudgetUi.date(p.startsOn()), BudgetUi.date(p.endsOn()))));
            if (p.current()) {
                Span badge = new Span(getTranslation("budget.edition.current"));
                badge.addClassName("agora-badge");
                item.add(new Span(" "), badge);
                item.getElement().setAttribute("aria-current", "step");
            }
            timeline.add(item);
        }
        add(timeline);
        add(new H2(getTranslation("budget.edition.now")));
        now.setId("budget-now");
        now.setText(edition.currentPhase() == null ? getTranslation("budget.phase.none")
                : getTranslation("budget.phase.can." + edition.currentPhase().name(),
                        BudgetUi.date(edition.phases().getFirst().endsOn())));
        add(now);
        Div actions = new Div();
        actions.addClassName("agora-actions");
        if (edition.proposalsOpen()) {
            var propose = BudgetNavigation.propose(edition.id()).link(getTranslation("budget.propose"));
            propose.setId("budget-propose");
            propose.addClassName("agora-button-link");
            actions.add(new Paragraph(propose));
            if (auth.hasAnyRole(Role.Names.STAFF, Role.Names.PARTNER, Role.Names.ADMIN)) {
                actions.add(new Paragraph(BudgetNavigation.assisted(edition.id()).link(getTranslation("budget.assisted.link"))));
            }
        }
        var list = BudgetNavigation.proposals(edition.id()).link(getTranslation("budget.proposals.link"));
        list.setId("budget-proposals-link");
        actions.add(new Paragraph(list));
        add(actions);
    }

    @Override
    protected String titleKey() {
        return "budget.title";
    }
}
