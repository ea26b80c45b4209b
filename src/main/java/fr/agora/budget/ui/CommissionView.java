package fr.agora.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.agora.budget.service.CommissionService;
import fr.agora.budget.service.EditionData;
import fr.agora.budget.service.EditionService;
import fr.agora.budget.service.ProposalSummary;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import jakarta.annotation.security.PermitAll;

/**
 * The commission citoyenne's screen: the feasible proposals of the current edition, each decided with a reason;
 * staff then place the passed proposals on the ballot.
 */
@Route(value = "budget/commission", layout = MainLayout.class)
@PermitAll
public class CommissionView extends AgoraView {

    private final transient CommissionService commission;
    private final transient AuthenticationContext auth;
    final Div agenda = new Div();
    EditionData edition;

    public CommissionView(CommissionService commission, EditionService editions, AuthenticationContext auth) {
        this.commission = commission;
        this.auth = auth;
        addClassName("agora-budget");
        edition = editions.current().orElse(null);
        if (edition == null) {
            add(new Paragraph(getTranslation("budget.edition.none")));
            return;
        }
        add(new Paragraph(getTranslation("budget.commission.intro", edition.title())));
        agenda.setId("budget-agenda");
        agenda.addClassName("agora-cards");
        add(agenda);
        if (auth.hasAnyRole(Role.Names.STAFF, Role.Names.ADMIN)) {
            Button ballot = new Button(getTranslation("budget.commission.open-ballot"), e -> act(() -> {
                int n = commission.openBallot(edition.id());
                Notifications.success(getTranslation("budget.commission.on-ballot", n));
            }));
            ballot.setId("budget-open-ballot");
            add(ballot);
        }
        refresh();
    }

    void refresh() {
        agenda.removeAll();
        try {
            for (ProposalSummary p : commission.agenda(edition.id(), getLocale())) {
                agenda.add(card(p));
            }
        } catch (BusinessException e) {
            agenda.add(new Paragraph(Notifications.translate(e)));
        }
    }

    private Div card(ProposalSummary p) {
        Div card = new Div();
        card.addClassName("agora-card");
        card.add(new H3(BudgetNavigation.proposal(p.id()).link(p.title())),
                new Paragraph(BudgetUi.status(this, p.status())),
                new Paragraph(getTranslation("budget.commission.cost", BudgetUi.euros(p.cost()))));
        if (p.status().feasible()) {
            TextArea reason = new TextArea(getTranslation("budget.commission.reason"));
            reason.setWidthFull();
            reason.setMaxLength(2000);
            reason.setId("budget-decision-reason-" + p.id());
            Button pass = new Button(getTranslation("budget.commission.pass"), e -> act(() -> commission.decide(p.id(), true, reason.getValue())));
            pass.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            pass.setId("budget-pass-" + p.id());
            Button reject = new Button(getTranslation("budget.commission.reject"), e -> act(() -> commission.decide(p.id(), false, reason.getValue())));
            reject.setId("budget-reject-" + p.id());
            FlexLayout actions = new FlexLayout(pass, reject);
            actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            actions.getStyle().set("gap", "var(--lumo-space-s)");
            card.add(reason, actions);
        }
        return card;
    }

    private void act(Runnable action) {
        try {
            action.run();
            Notifications.success(getTranslation("budget.saved"));
            refresh();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    @Override
    protected String titleKey() {
        return "budget.commission.title";
    }
}
