package fr.agora.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fr.agora.budget.domain.VoteSettings;
import fr.agora.budget.service.BudgetResultsService;
import fr.agora.budget.service.BudgetVoteService;
import fr.agora.budget.service.EditionData;
import fr.agora.budget.service.EditionService;
import fr.agora.budget.service.VoteData;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.BoundedUpload;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Staff: an edition's vote settings (ballot type, most choices, rule, minimum age, eligibility), opening and closing
 * on the voting core, the counts while open (never a choice), residents confirmed, and the import of a vote held
 * elsewhere from its Pabulib file.
 */
@Route(value = "admin/budget/vote/:editionId?([0-9]{1,18})", layout = MainLayout.class)
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
public class VoteManageView extends AgoraView implements BeforeEnterObserver {

    private final transient BudgetVoteService votes;
    private final transient BudgetResultsService results;
    private final transient EditionService editions;
    final ComboBox<EditionData> edition = new ComboBox<>();
    final Select<VoteSettings.BallotType> ballotType = new Select<>();
    final IntegerField maxChoices = new IntegerField();
    final Select<VoteSettings.Rule> rule = new Select<>();
    final IntegerField minAge = new IntegerField();
    final Select<VoteSettings.Eligibility> eligibility = new Select<>();
    final Paragraph state = new Paragraph();
    final UnorderedList counts = new UnorderedList();
    final Button save = new Button();
    final Button open = new Button();
    final Button close = new Button();
    final TextArea confirm = new TextArea();
    final Div body = new Div();
    VoteData.Overview overview;

    public VoteManageView(BudgetVoteService votes, BudgetResultsService results, EditionService editions) {
        this.votes = votes;
        this.results = results;
        this.editions = editions;
        addClassName("agora-budget");
        add(new H2(getTranslation("budgetvote.nav.manage")));
        edition.setLabel(getTranslation("budgetvote.manage.edition"));
        edition.setId("budgetvote-edition");
        edition.setItemLabelGenerator(EditionData::title);
        edition.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                BudgetVoteNavigation.go(BudgetVoteNavigation.manage(e.getValue().id()));
            }
        });
        ballotType.setLabel(getTranslation("budgetvote.manage.ballot-type"));
        ballotType.setItems(VoteSettings.BallotType.values());
        ballotType.setItemLabelGenerator(t -> getTranslation("budgetvote.manage.ballot-type." + t.name()));
        ballotType.setId("budgetvote-ballot-type");
        maxChoices.setLabel(getTranslation("budgetvote.manage.max-choices"));
        maxChoices.setMin(1);
        maxChoices.setId("budgetvote-max-choices");
        rule.setLabel(getTranslation("budgetvote.manage.rule"));
        rule.setItems(VoteSettings.Rule.values());
        rule.setItemLabelGenerator(r -> getTranslation("budgetvote.manage.rule." + r.name()));
        rule.setId("budgetvote-rule");
        minAge.setLabel(getTranslation("budgetvote.manage.min-age"));
        minAge.setId("budgetvote-min-age");
        eligibility.setLabel(getTranslation("budgetvote.manage.eligibility"));
        eligibility.setItems(VoteSettings.Eligibility.values());
        eligibility.setItemLabelGenerator(x -> getTranslation("budgetvote.manage.eligibility." + x.name()));
        eligibility.setId("budgetvote-eligibility");
        save.setText(getTranslation("budgetvote.manage.save"));
        save.setId("budgetvote-save");
        save.addClickListener(e -> act(() -> votes.configure(id(), new VoteData.SettingsForm(ballotType.getValue(),
                maxChoices.getValue() == null ? 0 : maxChoices.getValue(), rule.getValue(),
                minAge.getValue() == null ? -1 : minAge.getValue(), eligibility.getValue())), "budgetvote.manage.saved"));
        open.setText(getTranslation("budgetvote.manage.open"));
        open.setId("budgetvote-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> act(() -> votes.open(id()), "budgetvote.manage.state.OPEN"));
        close.setText(getTranslation("budgetvote.manage.close"));
        close.setId("budgetvote-close");
        close.addClickListener(e -> act(() -> votes.close(id()), "budgetvote.manage.state.CLOSED"));
        confirm.setLabel(getTranslation("budgetvote.manage.confirm"));
        confirm.setWidthFull();
        Button confirmButton = new Button(getTranslation("budgetvote.manage.confirm.save"), e -> {
            try {
                int n = votes.confirmResidents(id(), Arrays.asList(confirm.getValue().split("[\\s,;]+")));
                Notifications.success(getTranslation("budgetvote.manage.confirm.done", n));
                confirm.clear();
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        body.add(state, new Div(ballotType, maxChoices, rule, minAge, eligibility), new Div(save, open, close),
                new H3(getTranslation("budgetvote.manage.counts")), counts, confirm, confirmButton,
                BudgetVoteNavigation.paper(null).link(getTranslation("budgetvote.nav.paper")));
        add(edition, body, importPart());
    }

    private Div importPart() {
        Div part = new Div();
        part.add(new H3(getTranslation("budgetvote.manage.import")));
        IntegerField year = new IntegerField(getTranslation("budgetvote.manage.import.year"));
        year.setId("budgetvote-import-year");
        TextField title = new TextField(getTranslation("budgetvote.manage.import.title"));
        title.setId("budgetvote-import-title");
        Select<VoteSettings.Rule> importRule = new Select<>();
        importRule.setLabel(getTranslation("budgetvote.manage.rule"));
        importRule.setItems(VoteSettings.Rule.values());
        importRule.setItemLabelGenerator(r -> getTranslation("budgetvote.manage.rule." + r.name()));
        importRule.setValue(VoteSettings.Rule.GREEDY);
        Upload upload = BoundedUpload.create(10L * 1024 * 1024, List.of(".pb", "text/plain"), (name, bytes) -> {
            try {
                long id = results.importPabulib(year.getValue() == null ? 0 : year.getValue(),
                        title.getValue().isBlank() ? name : title.getValue(), name, new String(bytes, StandardCharsets.UTF_8),
                        importRule.getValue());
                Notifications.success(getTranslation("budgetvote.manage.import.done"));
                BudgetVoteNavigation.go(BudgetVoteNavigation.results(id));
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        part.add(new Div(year, title, importRule), upload);
        return part;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<EditionData> all = editions.all();
        edition.setItems(all);
        Optional<Long> id = event.getRouteParameters().getLong("editionId")
                .or(() -> editions.current().map(EditionData::id));
        body.setVisible(id.isPresent());
        if (id.isEmpty()) {
            return;
        }
        all.stream().filter(e -> e.id() == id.get()).findFirst().ifPresent(edition::setValue);
        try {
            show(votes.overview(id.get()));
        } catch (BusinessException e) {
            Notifications.error(e);
            body.setVisible(false);
        }
    }

    void show(VoteData.Overview o) {
        overview = o;
        state.setText(getTranslation("budgetvote.manage.state." + o.state().name()));
        state.setId("budgetvote-state");
        ballotType.setValue(o.ballotType());
        maxChoices.setValue(o.maxChoices());
        rule.setValue(o.rule());
        minAge.setValue(o.minAge());
        eligibility.setValue(o.eligibility());
        boolean setting = o.state() == VoteSettings.State.SETTING;
        List.of(ballotType, rule, eligibility).forEach(f -> f.setReadOnly(!setting));
        maxChoices.setReadOnly(!setting);
        minAge.setReadOnly(!setting);
        save.setVisible(setting);
        open.setVisible(setting);
        close.setVisible(o.open());
        counts.removeAll();
        for (VoteData.Box b : o.boxes()) {
            counts.add(new ListItem(getTranslation("budgetvote.manage.box.row", b.name().isEmpty()
                    ? getTranslation("budgetvote.ballot.city") : b.name(), b.ballots(), b.online(), b.paper())));
        }
    }

    private long id() {
        return overview.editionId();
    }

    private void act(java.util.function.Supplier<VoteData.Overview> action, String doneKey) {
        try {
            show(action.get());
            Notifications.success(getTranslation(doneKey));
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    @Override
    protected String titleKey() {
        return "budgetvote.nav.manage";
    }
}
