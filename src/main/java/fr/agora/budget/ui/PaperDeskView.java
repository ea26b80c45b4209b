package fr.agora.budget.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fr.agora.budget.service.BudgetVoteService;
import fr.agora.budget.service.PaperDeskService;
import fr.agora.budget.service.VoteData;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Staff at the paper desk (1280 px, keyboard first): type the voter's e-mail and Enter to check and mark them in the
 * registry; choose the box, name the batch, type each paper as project numbers and Enter; record the batch, or
 * re-enter it as the second person to check it. Every refusal names its reason.
 */
@Route(value = "admin/budget/bureau/:editionId?([0-9]{1,18})", layout = MainLayout.class)
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
public class PaperDeskView extends AgoraView implements BeforeEnterObserver {

    private final transient PaperDeskService desk;
    private final transient BudgetVoteService votes;
    final TextField voter = new TextField();
    final Paragraph marked = new Paragraph();
    final Select<VoteData.Ballot> box = new Select<>();
    final TextField label = new TextField();
    final TextField paper = new TextField();
    final OrderedList papers = new OrderedList();
    final Paragraph paperCount = new Paragraph();
    final UnorderedList projects = new UnorderedList();
    final UnorderedList batches = new UnorderedList();
    final Paragraph outcome = new Paragraph();
    final List<Set<Long>> entered = new ArrayList<>();
    long editionId;

    public PaperDeskView(PaperDeskService desk, BudgetVoteService votes) {
        this.desk = desk;
        this.votes = votes;
        addClassName("agora-budget");
        voter.setLabel(getTranslation("budgetvote.paper.voter"));
        voter.setId("budgetvote-paper-voter");
        voter.setWidth("24em");
        Button mark = new Button(getTranslation("budgetvote.paper.mark"), e -> mark());
        mark.setId("budgetvote-paper-mark");
        voter.addKeyPressListener(Key.ENTER, e -> mark());
        marked.setId("budgetvote-paper-marked");
        marked.getElement().setAttribute("role", "status");
        box.setLabel(getTranslation("budgetvote.paper.box"));
        box.setId("budgetvote-paper-box");
        box.setItemLabelGenerator(b -> b.name().isEmpty() ? getTranslation("budgetvote.ballot.city") : b.name());
        box.addValueChangeListener(e -> showProjects());
        label.setLabel(getTranslation("budgetvote.paper.batch"));
        label.setId("budgetvote-paper-label");
        label.setMaxLength(60);
        paper.setLabel(getTranslation("budgetvote.paper.line"));
        paper.setId("budgetvote-paper-line");
        paper.setWidth("30em");
        paper.addKeyPressListener(Key.ENTER, e -> addPaper());
        Button add = new Button(getTranslation("budgetvote.paper.add"), e -> addPaper());
        add.setId("budgetvote-paper-add");
        Button enter = new Button(getTranslation("budgetvote.paper.enter"), e -> enterBatch());
        enter.setId("budgetvote-paper-enter");
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button check = new Button(getTranslation("budgetvote.paper.check"), e -> checkBatch());
        check.setId("budgetvote-paper-check");
        outcome.setId("budgetvote-paper-outcome");
        outcome.getElement().setAttribute("role", "status");
        paperCount.setId("budgetvote-paper-count");
        batches.setId("budgetvote-paper-batches");
        Div left = new Div(new Div(voter, mark), marked, new Div(box, label), new Div(paper, add), paperCount, papers,
                new Div(enter, check), outcome);
        left.getStyle().set("flex", "2 1 28em");
        Div right = new Div(new H3(getTranslation("budgetvote.paper.projects")), projects,
                new H3(getTranslation("budgetvote.paper.batches")), batches);
        right.getStyle().set("flex", "1 1 20em");
        Div columns = new Div(left, right);
        columns.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        add(new H2(getTranslation("budgetvote.nav.paper")), columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("editionId")
                .or(() -> votes.openVote().map(VoteData.Overview::editionId));
        if (id.isEmpty()) {
            removeAll();
            add(new H2(getTranslation("budgetvote.nav.paper")), new Paragraph(getTranslation("budgetvote.ballot.none")));
            return;
        }
        editionId = id.get();
        try {
            List<VoteData.Ballot> ballots = desk.ballots(editionId);
            box.setItems(ballots);
            if (!ballots.isEmpty()) {
                box.setValue(ballots.getFirst());
            }
            refreshBatches();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
        refreshPapers();
    }

    void mark() {
        try {
            VoteData.PaperVoter v = desk.markVoter(editionId, voter.getValue());
            marked.setText(getTranslation("budgetvote.paper.marked", v.displayName(), v.ballots().size()));
            voter.clear();
        } catch (BusinessException e) {
            marked.setText(Notifications.translate(e));
        }
        voter.focus();
    }

    private void showProjects() {
        projects.removeAll();
        if (box.getValue() != null) {
            box.getValue().projects().forEach(p -> projects.add(new ListItem("n° " + p.proposalId() + " — " + p.title()
                    + " — " + BudgetUi.euros(p.costEuros()))));
        }
    }

    void addPaper() {
        Set<Long> ids = new LinkedHashSet<>();
        String text = paper.getValue() == null ? "" : paper.getValue().strip();
        if (!text.isEmpty()) {
            for (String part : text.split("[\\s,;]+")) {
                try {
                    ids.add(Long.parseLong(part));
                } catch (NumberFormatException e) {
                    outcome.setText(getTranslation("budgetvote.paper.bad-line", text));
                    paper.focus();
                    return;
                }
            }
        }
        entered.add(ids);
        paper.clear();
        outcome.setText("");
        refreshPapers();
        paper.focus();
    }

    void enterBatch() {
        if (box.getValue() == null) {
            return;
        }
        try {
            VoteData.Batch b = desk.enterBatch(box.getValue().boxId(), label.getValue(), List.copyOf(entered));
            outcome.setText(getTranslation("budgetvote.paper.entered", b.label(), b.ballots()));
            entered.clear();
            refreshPapers();
            refreshBatches();
        } catch (BusinessException e) {
            outcome.setText(Notifications.translate(e));
        }
    }

    void checkBatch() {
        if (box.getValue() == null) {
            return;
        }
        try {
            boolean ok = desk.checkBatch(box.getValue().boxId(), label.getValue(), List.copyOf(entered));
            outcome.setText(getTranslation(ok ? "budgetvote.paper.match" : "budgetvote.paper.mismatch"));
            entered.clear();
            refreshPapers();
            refreshBatches();
        } catch (BusinessException e) {
            outcome.setText(Notifications.translate(e));
        }
    }

    private void refreshPapers() {
        papers.removeAll();
        entered.forEach(p -> papers.add(new ListItem(p.isEmpty() ? getTranslation("budgetvote.ballot.summary.blank")
                : String.join(" ", p.stream().map(String::valueOf).toList()))));
        paperCount.setText(getTranslation("budgetvote.paper.lines", entered.size()));
    }

    private void refreshBatches() {
        batches.removeAll();
        for (VoteData.Batch b : desk.batches(editionId)) {
            String state = b.matches() == null ? getTranslation("budgetvote.paper.batch.waiting")
                    : b.matches() ? getTranslation("budgetvote.paper.batch.ok", b.checkedBy())
                    : getTranslation("budgetvote.paper.batch.ko", b.checkedBy());
            batches.add(new ListItem(getTranslation("budgetvote.paper.batch.row", b.boxName().isEmpty()
                    ? getTranslation("budgetvote.ballot.city") : b.boxName(), b.label(), b.ballots(), b.enteredBy(), state)));
        }
    }

    @Override
    protected String titleKey() {
        return "budgetvote.nav.paper";
    }
}
