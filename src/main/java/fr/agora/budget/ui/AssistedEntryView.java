package fr.agora.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fr.agora.budget.domain.Channel;
import fr.agora.budget.domain.HolderKind;
import fr.agora.budget.service.AssistedEntry;
import fr.agora.budget.service.BudgetSettings;
import fr.agora.budget.service.EditionData;
import fr.agora.budget.service.EditionService;
import fr.agora.budget.service.ProposalForm;
import fr.agora.budget.service.ProposalQueries;
import fr.agora.budget.service.ProposalService;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import fr.agora.shared.ui.map.MapSettings;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * Assisted entry: staff or a partner (centre social, mairie annexe) enter the proposal of a resident who came in
 * person or sent it on paper. The channel, the place and who entered it are recorded.
 */
@Route(value = "budget/editions/:editionId([0-9]{1,18})/saisie-assistee", layout = MainLayout.class)
@RolesAllowed({Role.Names.STAFF, Role.Names.PARTNER, Role.Names.ADMIN})
public class AssistedEntryView extends AgoraView implements BeforeEnterObserver {

    private final transient EditionService editions;
    private final transient ProposalService proposals;
    private final transient ProposalQueries queries;
    private final MapSettings mapSettings;
    private final BudgetSettings settings;
    final RadioButtonGroup<Channel> channel = new RadioButtonGroup<>();
    final RadioButtonGroup<HolderKind> kind = new RadioButtonGroup<>();
    final TextField place = new TextField();
    final TextField residentName = new TextField();
    final EmailField residentEmail = new EmailField();
    final Button enter = new Button();
    ProposalFields fields;
    EditionData edition;

    public AssistedEntryView(EditionService editions, ProposalService proposals, ProposalQueries queries,
            MapSettings mapSettings, BudgetSettings settings) {
        this.editions = editions;
        this.proposals = proposals;
        this.queries = queries;
        this.mapSettings = mapSettings;
        this.settings = settings;
        addClassName("agora-budget");
        enter.addClickListener(e -> enter());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            edition = editions.edition(event.getRouteParameters().getLong("editionId").orElse(0L));
        } catch (BusinessException e) {
            add(new Paragraph(Notifications.translate(e)));
            return;
        }
        add(new Paragraph(getTranslation("budget.assisted.intro", edition.title())));
        channel.setLabel(getTranslation("budget.assisted.channel-label"));
        channel.setItems(Channel.IN_PERSON, Channel.PAPER);
        channel.setItemLabelGenerator(c -> getTranslation("budget.channel." + c.name()));
        channel.setValue(Channel.IN_PERSON);
        channel.setId("budget-assisted-channel");
        kind.setLabel(getTranslation("budget.form.holder"));
        kind.setItems(List.of(HolderKind.RESIDENT, HolderKind.ASSOCIATION, HolderKind.COLLECTIVE));
        kind.setItemLabelGenerator(k -> getTranslation("budget.holder." + k.name()));
        kind.setValue(HolderKind.RESIDENT);
        place.setLabel(getTranslation("budget.assisted.place"));
        place.setMaxLength(160);
        place.setId("budget-assisted-place");
        residentName.setLabel(getTranslation("budget.assisted.name"));
        residentName.setMaxLength(160);
        residentName.setId("budget-assisted-name");
        residentEmail.setLabel(getTranslation("budget.assisted.email"));
        residentEmail.setId("budget-assisted-email");
        fields = new ProposalFields(queries, mapSettings, settings);
        enter.setText(getTranslation("budget.assisted.enter"));
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enter.setId("budget-assisted-enter");
        add(channel, place, kind, residentName, residentEmail, fields, enter);
    }

    void enter() {
        Optional<ProposalForm> form = fields.validate();
        if (form.isEmpty()) {
            return;
        }
        try {
            long id = proposals.enterAssisted(edition.id(), kind.getValue(), new AssistedEntry(channel.getValue(),
                    place.getValue(), residentName.getValue(), residentEmail.getValue()), form.get());
            Notifications.success(getTranslation("budget.form.submitted"));
            BudgetNavigation.go(BudgetNavigation.proposal(id));
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    @Override
    protected String titleKey() {
        return "budget.assisted.title";
    }
}
