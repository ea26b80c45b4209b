package fr.agora.council.ui;

import static fr.agora.council.domain.CouncilTime.SHOWN;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import fr.agora.council.domain.AssociationElection;
import fr.agora.council.election.ElectorateRule;
import fr.agora.council.election.TieBreak;
import fr.agora.council.service.ElectionCampaign;
import fr.agora.council.service.ElectionData;
import fr.agora.council.service.ElectionOpening;
import fr.agora.council.service.ElectionResults;
import fr.agora.council.service.ElectionRegister;
import fr.agora.council.service.ElectionService;
import fr.agora.council.service.Turnout;
import fr.agora.council.service.VoterCode;
import fr.agora.council.service.VoterData;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import fr.agora.voting.TallyFeed;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import java.util.List;

/**
 * The designation of the Associations collège, for staff: after an Associations call has closed, open an election
 * when the candidates outnumber the free seats (and print the one-time codes for the information meeting), or
 * appoint every candidate directly; follow the turnout (a count only), reissue a lost code, close and count, read
 * the results and appoint the elected associations to the council.
 */
@Route(value = "conseils/elections", layout = MainLayout.class)
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
public class ElectionsAdminView extends AgoraView {

    private final ElectionService elections;
    private final ElectionRegister voters;
    private final TallyFeed feed;
    private TallyFeed.Subscription live;
    final Grid<ElectionCampaign> calls = new Grid<>();
    final Div detail = new Div();
    final Select<TieBreak> tieBreak = new Select<>();
    final Select<ElectorateRule> electorate = new Select<>();
    Button primary;
    Button appoint;
    final Div codes = new Div();

    public ElectionsAdminView(ElectionService elections, ElectionRegister voters, TallyFeed feed) {
        this.elections = elections;
        this.voters = voters;
        this.feed = feed;
        add(new Paragraph(getTranslation("election.admin.intro")));
        add(new Paragraph(new Anchor(ElectionService.VOTE_PATH, getTranslation("election.admin.vote-link"))));
        add(new H2(getTranslation("election.admin.calls")));
        calls.addColumn(ElectionCampaign::councilName).setHeader(getTranslation("election.col.council")).setAutoWidth(true);
        calls.addColumn(ElectionCampaign::title).setHeader(getTranslation("election.col.call")).setAutoWidth(true);
        calls.addColumn(c -> SHOWN.format(c.closesAt())).setHeader(getTranslation("election.col.closes"))
                .setAutoWidth(true);
        calls.addColumn(ElectionCampaign::standing).setHeader(getTranslation("election.col.candidates")).setAutoWidth(true);
        calls.addColumn(ElectionCampaign::freeSeats).setHeader(getTranslation("election.col.seats")).setAutoWidth(true);
        calls.addColumn(this::state).setHeader(getTranslation("election.col.state")).setAutoWidth(true);
        calls.setAllRowsVisible(true);
        calls.setAriaLabel(getTranslation("election.admin.calls"));
        calls.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(this::show, detail::removeAll));
        tieBreak.setLabel(getTranslation("election.field.tie-break"));
        tieBreak.setItems(TieBreak.values());
        tieBreak.setItemLabelGenerator(t -> getTranslation("election.tie-break." + t.name()));
        electorate.setLabel(getTranslation("election.field.electorate"));
        electorate.setItems(ElectorateRule.values());
        electorate.setItemLabelGenerator(r -> getTranslation("election.electorate." + r.name()));
        detail.setWidthFull();
        codes.setWidthFull();
        add(calls, detail);
        refresh();
    }

    private String state(ElectionCampaign c) {
        ElectionData e = c.election();
        if (e == null) {
            return getTranslation(c.closed() ? "election.state.to-designate" : "election.state.call-open");
        }
        if (e.appointed()) {
            return getTranslation("election.state.appointed");
        }
        return getTranslation(e.method() == AssociationElection.Method.DIRECT ? "election.state.DIRECT"
                : "election.state." + e.status().name());
    }

    private void refresh() {
        calls.setItems(elections.campaigns());
    }

    private void reselect(long campaignId) {
        refresh();
        calls.getListDataView().getItems().filter(c -> c.campaignId() == campaignId).findFirst().ifPresent(calls::select);
    }

    void show(ElectionCampaign c) {
        stopLive();
        detail.removeAll();
        primary = null;
        appoint = null;
        detail.add(new H3(c.councilName() + " — " + c.title()));
        ElectionData e = c.election();
        if (e == null) {
            designation(c);
        } else if (e.open()) {
            running(c, e);
        } else {
            closed(c, e);
        }
    }

    private void designation(ElectionCampaign c) {
        if (!c.closed()) {
            detail.add(new Paragraph(getTranslation("election.admin.call-open", SHOWN.format(c.closesAt()))));
        } else if (c.standing() == 0) {
            detail.add(new Paragraph(getTranslation("election.admin.no-candidate")));
        } else if (c.freeSeats() == 0) {
            detail.add(new Paragraph(getTranslation("election.error.no-seat")));
        } else if (c.electionNeeded()) {
            detail.add(new Paragraph(getTranslation("election.admin.needed", c.standing(), c.freeSeats())));
            detail.add(new Paragraph(getTranslation("election.admin.rule", c.freeSeats())));
            tieBreak.setValue(elections.settings().tieBreak());
            electorate.setValue(elections.settings().electorate());
            primary = new Button(getTranslation("election.admin.open"), ev -> open(c));
            primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            FormLayout choices = new FormLayout(tieBreak, electorate);
            choices.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
            detail.add(choices, new Div(primary));
        } else {
            detail.add(new Paragraph(getTranslation("election.admin.direct", c.standing(), c.freeSeats())));
            primary = new Button(getTranslation("election.admin.direct-button", c.standing()), ev -> direct(c));
            primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            detail.add(primary);
        }
    }

    void open(ElectionCampaign c) {
        try {
            ElectionOpening opening = elections.open(c.campaignId(), tieBreak.getValue(), electorate.getValue());
            Notifications.success(getTranslation("election.admin.opened", opening.codes().size()));
            reselect(c.campaignId());
            showCodes(opening.codes());
        } catch (BusinessException ex) {
            Notifications.error(ex);
        }
    }

    /** The codes in clear, once, to print; each on its own line with the association and how it was sent. */
    private void showCodes(List<VoterCode> list) {
        codes.removeAll();
        codes.add(new H3(getTranslation("election.codes.title")));
        codes.add(new Paragraph(getTranslation("election.codes.intro")));
        UnorderedList lines = new UnorderedList();
        for (VoterCode v : list) {
            lines.add(new ListItem(codeLine(v)));
        }
        codes.add(lines);
        Button print = new Button(getTranslation("election.codes.print"),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        codes.add(print);
        detail.add(codes);
    }

    private String codeLine(VoterCode v) {
        String code = fr.agora.voting.VoterCodes.display(v.code());
        return getTranslation("election.codes.line", v.organisation(),
                getTranslation("election.holder." + v.holder().name()) + " " + v.holderName(), code,
                v.mailedTo() == null ? getTranslation("election.codes.hand-out")
                        : getTranslation("election.codes.mailed", v.mailedTo()));
    }

    private void running(ElectionCampaign c, ElectionData e) {
        detail.add(new Paragraph(getTranslation("election.admin.running", e.candidates(), e.seats(),
                getTranslation("election.tie-break." + e.tieBreak().name()),
                getTranslation("election.electorate." + e.electorate().name()))));
        Paragraph turnout = new Paragraph();
        turnout.setId("election-turnout");
        turnout.getElement().setAttribute("aria-live", "polite");
        Runnable update = () -> {
            Turnout t = voters.turnout(e.id());
            turnout.setText(getTranslation("election.admin.turnout", t.voted(), t.registered()));
        };
        update.run();
        if (e.voteId() != null) {
            // the feed only says "changed"; the count is read again from the database, as the signed-in staff member
            UI ui = UI.getCurrent();
            Runnable refresh = new DelegatingSecurityContextRunnable(update);
            live = feed.subscribe(e.voteId(), () -> ui.access(refresh::run));
        }
        Button refreshTurnout = new Button(getTranslation("election.admin.refresh"), ev -> update.run());
        refreshTurnout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        detail.add(turnout, refreshTurnout);
        primary = new Button(getTranslation("election.admin.close"), ev -> {
            // closing counts the ballots and publishes the results at once: asked first (issue 14, item 3)
            com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
            dialog.setHeader(getTranslation("election.close.header"));
            dialog.setText(getTranslation("election.close.text"));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            Button ok = new Button(getTranslation("election.admin.close"), x -> {
                dialog.close();
                try {
                    ElectionResults r = elections.close(e.id());
                    Notifications.success(getTranslation("election.admin.closed", r.ballots()));
                    reselect(c.campaignId());
                } catch (BusinessException ex) {
                    Notifications.error(ex);
                }
            });
            ok.setId("election-close-confirm");
            ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            dialog.setConfirmButton(ok);
            dialog.open();
        });
        primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        detail.add(new Div(primary));
        detail.add(new H3(getTranslation("election.admin.register")));
        Grid<VoterData> register = new Grid<>();
        register.addColumn(VoterData::organisation).setHeader(getTranslation("election.col.association")).setAutoWidth(true);
        register.addColumn(v -> getTranslation("election.holder." + v.holder().name()) + " " + v.holderName())
                .setHeader(getTranslation("election.col.holder")).setAutoWidth(true);
        register.addComponentColumn(v -> {
            Button reissue = new Button(getTranslation("election.admin.reissue"), ev -> {
                try {
                    VoterCode fresh = voters.reissue(v.voterId());
                    Notifications.success(getTranslation("election.admin.reissued", fresh.organisation()));
                    codes.removeAll();
                    showCodes(List.of(fresh));
                } catch (BusinessException ex) {
                    Notifications.error(ex);
                }
            });
            reissue.addThemeVariants(ButtonVariant.LUMO_SMALL);
            reissue.getElement().setAttribute("aria-label", getTranslation("election.admin.reissue.of", v.organisation()));
            Button paper = new Button(getTranslation("election.paper.mark"), ev -> {
                try {
                    voters.markPaper(e.id(), v.voterId());
                    Notifications.success(getTranslation("election.paper.marked", v.organisation()));
                    update.run();
                } catch (BusinessException ex) {
                    Notifications.error(ex);
                }
            });
            paper.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            paper.getElement().setAttribute("aria-label", getTranslation("election.paper.mark.of", v.organisation(),
                    getTranslation("election.holder." + v.holder().name())));
            Div actions = new Div(reissue, paper);
            actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
            return actions;
        }).setHeader(getTranslation("election.col.actions")).setAutoWidth(true);
        register.setItems(voters.register(e.id()));
        register.setAllRowsVisible(true);
        register.setAriaLabel(getTranslation("election.admin.register"));
        detail.add(register);
        detail.add(new PaperDesk(e, elections.candidatesOf(e.id()), voters, update));
    }

    private void closed(ElectionCampaign c, ElectionData e) {
        ElectionResults r = elections.results(e.id());
        if (!e.appointed()) {
            appoint = new Button(getTranslation("election.admin.appoint"), ev -> {
                try {
                    List<Integer> seats = elections.appoint(e.id());
                    Notifications.success(getTranslation("election.admin.appointed", seats.size()));
                    reselect(c.campaignId());
                } catch (BusinessException ex) {
                    Notifications.error(ex);
                }
            });
            appoint.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            detail.add(new Div(appoint));
        }
        detail.add(new ElectionResultsPanel(r, () -> elections.publishedBallots(e.id()),
                () -> elections.publishedReceipts(e.id()), null));
    }

    void direct(ElectionCampaign c) {
        try {
            ElectionData d = elections.appointAllDirectly(c.campaignId());
            Notifications.success(getTranslation("election.admin.direct-done", d.candidates()));
            reselect(c.campaignId());
        } catch (BusinessException ex) {
            Notifications.error(ex);
        }
    }

    private void stopLive() {
        if (live != null) {
            live.remove();
            live = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopLive();
        super.onDetach(event);
    }

    @Override
    protected String titleKey() {
        return "election.admin.title";
    }
}
