package fr.agora.budget.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import fr.agora.budget.domain.ProposalStatus;
import fr.agora.budget.service.ProposalQueries;
import fr.agora.budget.service.ProposalSummary;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The signed-in resident's proposals, drafts first to go on with them. */
@Route(value = "budget/mes-propositions", layout = MainLayout.class)
@PermitAll
public class MyProposalsView extends AgoraView {

    final Div cards = new Div();

    public MyProposalsView(ProposalQueries queries) {
        addClassName("agora-budget");
        List<ProposalSummary> mine = queries.mine(getLocale());
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("budget.mine.none")));
        }
        cards.addClassName("agora-cards");
        cards.setId("budget-mine");
        for (ProposalSummary p : mine) {
            Div card = new Div();
            card.addClassName("agora-card");
            String title = p.title().isBlank() ? getTranslation("budget.mine.untitled") : p.title();
            card.add(new H3(p.status() == ProposalStatus.DRAFT ? BudgetNavigation.edit(p.id()).link(title)
                    : BudgetNavigation.proposal(p.id()).link(title)));
            card.add(new Paragraph(BudgetUi.status(this, p.status())));
            cards.add(card);
        }
        add(cards);
    }

    @Override
    protected String titleKey() {
        return "budget.mine.title";
    }
}
