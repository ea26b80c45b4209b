package fr.agora.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fr.agora.budget.domain.ProposalStatus;
import fr.agora.budget.service.BudgetSettings;
import fr.agora.budget.service.ProposalDetail;
import fr.agora.budget.service.ProposalForm;
import fr.agora.budget.service.ProposalQueries;
import fr.agora.budget.service.ProposalService;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import fr.agora.shared.ui.map.MapSettings;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/** A holder goes on with a draft or edits a deposited proposal, until the deposit deadline. */
@Route(value = "budget/propositions/:proposalId([0-9]{1,18})/modifier", layout = MainLayout.class)
@PermitAll
public class ProposalEditView extends AgoraView implements BeforeEnterObserver {

    private final transient ProposalService proposals;
    private final transient ProposalQueries queries;
    private final MapSettings mapSettings;
    private final BudgetSettings settings;
    final Button save = new Button();
    ProposalFields fields;
    ProposalDetail detail;

    public ProposalEditView(ProposalService proposals, ProposalQueries queries, MapSettings mapSettings,
            BudgetSettings settings) {
        this.proposals = proposals;
        this.queries = queries;
        this.mapSettings = mapSettings;
        this.settings = settings;
        addClassName("agora-budget");
        save.addClickListener(e -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("proposalId").orElse(0L);
        ProposalForm form;
        try {
            detail = queries.detail(id, getLocale());
            form = proposals.form(id);
        } catch (BusinessException e) {
            add(new Paragraph(Notifications.translate(e)));
            return;
        }
        add(new Paragraph(BudgetNavigation.proposal(id).link(detail.title().isBlank() ? "—" : detail.title())));
        if (!detail.editable()) {
            add(new Paragraph(getTranslation("budget.proposal.not-editable")));
            return;
        }
        if (detail.changesRequested() != null) {
            add(new Paragraph(getTranslation("budget.proposal.changes", detail.changesRequested())));
        }
        fields = new ProposalFields(queries, mapSettings, settings);
        fields.read(form);
        save.setText(getTranslation(detail.status() == ProposalStatus.DRAFT ? "budget.form.submit" : "budget.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("budget-save");
        add(fields, save);
    }

    void save() {
        Optional<ProposalForm> form = fields.validate();
        if (form.isEmpty()) {
            return;
        }
        try {
            if (detail.status() == ProposalStatus.DRAFT) {
                proposals.submit(detail.id(), form.get());
            } else {
                proposals.save(detail.id(), form.get());
            }
            Notifications.success(getTranslation("budget.form.saved"));
            BudgetNavigation.go(BudgetNavigation.proposal(detail.id()));
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    @Override
    protected String titleKey() {
        return "budget.form.edit-title";
    }
}
