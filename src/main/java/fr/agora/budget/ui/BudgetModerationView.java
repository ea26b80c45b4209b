package fr.agora.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fr.agora.budget.service.EditionData;
import fr.agora.budget.service.EditionService;
import fr.agora.budget.service.FlagData;
import fr.agora.budget.service.ModerationService;
import fr.agora.budget.service.ProposalSummary;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Moderation of the current edition's proposals: residents' flags, then each proposal with a reason field and the
 * acts (hide, show, ask for changes, merge into another proposal).
 */
@Route(value = "budget/moderation", layout = MainLayout.class)
@RolesAllowed({Role.Names.MODERATOR, Role.Names.STAFF, Role.Names.ADMIN})
public class BudgetModerationView extends AgoraView {

    private final transient ModerationService moderation;
    private final transient EditionService editions;
    final Div flags = new Div();
    final Div proposals = new Div();
    EditionData edition;

    public BudgetModerationView(ModerationService moderation, EditionService editions) {
        this.moderation = moderation;
        this.editions = editions;
        addClassName("agora-budget");
        edition = editions.current().orElse(null);
        if (edition == null) {
            add(new Paragraph(getTranslation("budget.edition.none")));
            return;
        }
        flags.setId("budget-flags");
        proposals.setId("budget-moderation-list");
        proposals.addClassName("agora-cards");
        add(new H2(getTranslation("budget.moderation.flags")), flags, new H2(edition.title()), proposals);
        refresh();
    }

    void refresh() {
        flags.removeAll();
        List<FlagData> open = moderation.flags();
        if (open.isEmpty()) {
            flags.add(new Paragraph(getTranslation("budget.moderation.no-flags")));
        }
        for (FlagData f : open) {
            Button dismiss = new Button(getTranslation("budget.moderation.dismiss"), e -> act(() -> moderation.dismissFlags(f.proposalId())));
            dismiss.setId("budget-dismiss-" + f.proposalId());
            flags.add(new Paragraph(BudgetNavigation.proposal(f.proposalId()).link(f.proposalTitle())),
                    new Paragraph(getTranslation("budget.moderation.flag-reason", f.reason())), dismiss);
        }
        proposals.removeAll();
        List<ProposalSummary> all = moderation.proposals(edition.id(), getLocale());
        for (ProposalSummary p : all) {
            proposals.add(card(p, all));
        }
    }

    private Div card(ProposalSummary p, List<ProposalSummary> all) {
        Div card = new Div();
        card.addClassName("agora-card");
        card.add(new H3(BudgetNavigation.proposal(p.id()).link(p.title())), new Paragraph(BudgetUi.status(this, p.status())));
        TextField reason = new TextField(getTranslation("budget.moderation.reason"));
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setId("budget-reason-" + p.id());
        Button hide = p.hidden()
                ? new Button(getTranslation("budget.moderation.show"), e -> act(() -> moderation.show(p.id())))
                : new Button(getTranslation("budget.moderation.hide"), e -> act(() -> moderation.hide(p.id(), reason.getValue())));
        hide.setId("budget-hide-" + p.id());
        Button changes = new Button(getTranslation("budget.moderation.changes"),
                e -> act(() -> moderation.requestChanges(p.id(), reason.getValue())));
        changes.setId("budget-changes-" + p.id());
        ComboBox<ProposalSummary> target = new ComboBox<>(getTranslation("budget.moderation.merge-into"));
        target.setItems(all.stream().filter(o -> o.id() != p.id()).toList());
        target.setItemLabelGenerator(ProposalSummary::title);
        target.setId("budget-merge-target-" + p.id());
        Button merge = new Button(getTranslation("budget.moderation.merge"), e -> act(() -> {
            if (target.getValue() == null) {
                throw new BusinessException("budget.moderation.merge-choose");
            }
            moderation.merge(p.id(), target.getValue().id(), reason.getValue());
        }));
        merge.setId("budget-merge-" + p.id());
        FlexLayout actions = new FlexLayout(hide, changes);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        card.add(reason, actions, target, merge);
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
        return "budget.moderation.title";
    }
}
