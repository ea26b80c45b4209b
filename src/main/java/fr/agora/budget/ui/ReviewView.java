package fr.agora.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.agora.budget.domain.ProposalStatus;
import fr.agora.budget.domain.ReviewOutcome;
import fr.agora.budget.service.EditionData;
import fr.agora.budget.service.EditionService;
import fr.agora.budget.service.ProposalSummary;
import fr.agora.budget.service.ReviewInput;
import fr.agora.budget.service.ReviewService;
import fr.agora.budget.service.ServiceData;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Feasibility: staff assign each deposited proposal to a city service (late reviews are marked); a service's
 * reviewers answer for the proposals assigned to their service, with public reasons and the service's cost.
 */
@Route(value = "budget/faisabilite", layout = MainLayout.class)
@RolesAllowed({Role.Names.SERVICE_REVIEWER, Role.Names.STAFF, Role.Names.ADMIN})
public class ReviewView extends AgoraView {

    private final transient ReviewService reviews;
    private final transient AuthenticationContext auth;
    final Div board = new Div();
    final Div mine = new Div();
    EditionData edition;

    public ReviewView(ReviewService reviews, EditionService editions, AuthenticationContext auth) {
        this.reviews = reviews;
        this.auth = auth;
        addClassName("agora-budget");
        edition = editions.current().orElse(null);
        if (edition == null) {
            add(new Paragraph(getTranslation("budget.edition.none")));
            return;
        }
        add(new Paragraph(edition.title()));
        if (auth.hasRole(Role.Names.SERVICE_REVIEWER)) {
            mine.setId("budget-review-mine");
            mine.addClassName("agora-cards");
            add(new H2(getTranslation("budget.review.mine")), mine);
        }
        if (auth.hasAnyRole(Role.Names.STAFF, Role.Names.ADMIN)) {
            board.setId("budget-review-board");
            board.addClassName("agora-cards");
            add(new H2(getTranslation("budget.review.board")), board);
        }
        refresh();
    }

    void refresh() {
        if (auth.hasRole(Role.Names.SERVICE_REVIEWER)) {
            mine.removeAll();
            List<ProposalSummary> todo = reviews.toReview(edition.id(), getLocale());
            if (todo.isEmpty()) {
                mine.add(new Paragraph(getTranslation("budget.review.none")));
            }
            todo.forEach(p -> mine.add(reviewCard(p)));
        }
        if (auth.hasAnyRole(Role.Names.STAFF, Role.Names.ADMIN)) {
            board.removeAll();
            List<ServiceData> services = reviews.services();
            reviews.board(edition.id(), getLocale()).forEach(p -> board.add(assignCard(p, services)));
        }
    }

    private Div reviewCard(ProposalSummary p) {
        Div card = new Div();
        card.addClassName("agora-card");
        card.add(new H3(BudgetNavigation.proposal(p.id()).link(p.title())));
        card.add(new Paragraph(getTranslation("budget.review.due", BudgetUi.date(p.reviewDue()), BudgetUi.euros(p.cost()))));
        RadioButtonGroup<ReviewOutcome> outcome = new RadioButtonGroup<>(getTranslation("budget.review.outcome"));
        outcome.setItems(ReviewOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("budget.outcome." + o.name()));
        outcome.setId("budget-outcome-" + p.id());
        TextArea reasons = new TextArea(getTranslation("budget.review.reasons"));
        reasons.setHelperText(getTranslation("budget.review.reasons.help"));
        reasons.setWidthFull();
        reasons.setMaxLength(2000);
        reasons.setId("budget-reasons-" + p.id());
        TextArea scope = new TextArea(getTranslation("budget.review.scope"));
        scope.setWidthFull();
        scope.setMaxLength(2000);
        scope.setId("budget-scope-" + p.id());
        IntegerField cost = new IntegerField(getTranslation("budget.review.cost"));
        cost.setMin(1);
        cost.setId("budget-service-cost-" + p.id());
        Button save = new Button(getTranslation("budget.review.save"), e -> act(() -> reviews.review(p.id(),
                new ReviewInput(outcome.getValue(), reasons.getValue(), scope.getValue(),
                        cost.getValue() == null ? null : cost.getValue().longValue()))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("budget-review-save-" + p.id());
        card.add(outcome, reasons, scope, cost, save);
        return card;
    }

    private Div assignCard(ProposalSummary p, List<ServiceData> services) {
        Div card = new Div();
        card.addClassName("agora-card");
        card.add(new H3(BudgetNavigation.proposal(p.id()).link(p.title())));
        Paragraph state = new Paragraph(BudgetUi.status(this, p.status()));
        if (p.serviceName() != null) {
            state.add(new Span(" " + getTranslation("budget.review.assigned", p.serviceName(), BudgetUi.date(p.reviewDue()))));
        }
        if (p.reviewOverdue()) {
            Span late = new Span(getTranslation("budget.review.overdue"));
            late.addClassName("agora-badge");
            late.getElement().getThemeList().add("error");
            late.setId("budget-overdue-" + p.id());
            state.add(new Span(" "), late);
        }
        card.add(state);
        if (p.status() == ProposalStatus.SUBMITTED) {
            ComboBox<ServiceData> service = new ComboBox<>(getTranslation("budget.review.service"));
            service.setItems(services);
            service.setItemLabelGenerator(ServiceData::name);
            service.setId("budget-service-" + p.id());
            Button assign = new Button(getTranslation("budget.review.assign"), e -> act(() -> {
                if (service.getValue() == null) {
                    throw new BusinessException("budget.service.unknown");
                }
                reviews.assign(p.id(), service.getValue().id());
            }));
            assign.setId("budget-assign-" + p.id());
            card.add(service, assign);
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
        return "budget.review.title";
    }
}
