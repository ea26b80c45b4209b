package fr.agora.council.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.agora.council.domain.AssociationElection;
import fr.agora.council.service.BallotPaper;
import fr.agora.council.service.CandidateData;
import fr.agora.council.service.ElectionData;
import fr.agora.council.service.ElectionService;
import fr.agora.council.service.ElectionVoting;
import fr.agora.voting.Receipt;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public, phone-friendly voting page of the association elections: the holder of a one-time code (by mail or
 * handed out at the information meeting) opens the ballot paper and approves one to {@code seats} associations;
 * no account is needed. The server checks the code, the limit and the neutrality of staff whatever the page
 * shows. Below, the published results.
 */
@Route(value = ElectionService.VOTE_PATH, layout = MainLayout.class)
@AnonymousAllowed
public class AssociationVoteView extends AgoraView implements BeforeEnterObserver {

    private final ElectionService elections;
    private final ElectionVoting voting;
    final Div ballot = new Div();
    final TextField code = new TextField();
    final Button next = new Button();
    final CheckboxGroup<CandidateData> choices = new CheckboxGroup<>();
    final Paragraph count = new Paragraph();
    final Paragraph error = new Paragraph();
    final Button vote = new Button();
    final Div results = new Div();
    private BallotPaper paper;
    private String enteredCode;

    public AssociationVoteView(ElectionService elections, ElectionVoting voting) {
        this.elections = elections;
        this.voting = voting;
        ballot.setWidthFull();
        results.setWidthFull();
        error.setId("election-vote-error");
        code.setId("election-vote-code");
        next.setId("election-vote-next");
        choices.setId("election-vote-choices");
        vote.setId("election-vote-submit");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        code.setLabel(getTranslation("election.vote.code"));
        code.setHelperText(getTranslation("election.vote.code-help"));
        code.setMaxLength(20);
        code.setWidthFull();
        code.getStyle().set("max-width", "24em");
        code.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        code.getElement().setAttribute("autocapitalize", "characters");
        code.setRequiredIndicatorVisible(true);
        next.setText(getTranslation("election.vote.continue"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.ENTER);
        next.addClickListener(e -> openBallot());
        choices.setLabel(getTranslation("election.vote.choices"));
        choices.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        choices.setWidthFull();
        choices.setItemLabelGenerator(c -> getTranslation("election.vote.candidate", c.organisation(),
                c.titulaireName(), c.suppleantName()));
        // a helping hand only: the server refuses more than `seats` choices whatever the page sends
        SerializablePredicate<CandidateData> enabled = c -> paper == null || choices.getValue().size() < paper.seats()
                || choices.getValue().contains(c);
        choices.setItemEnabledProvider(enabled);
        choices.addValueChangeListener(e -> {
            if (paper != null) {
                count.setText(getTranslation("election.vote.count", e.getValue().size(), paper.seats()));
                // re-evaluates which boxes are enabled without resetting the selection (refreshAll would)
                choices.setItemEnabledProvider(enabled);
            }
        });
        count.getElement().setAttribute("aria-live", "polite");
        count.setId("election-vote-count");
        vote.setText(getTranslation("election.vote.submit"));
        vote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        vote.addClickListener(e -> castVote());
        add(ballot, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // a fresh page on every visit (Vaadin keeps the view when one navigates to it again)
        codeStep();
        showResults();
    }

    private void codeStep() {
        paper = null;
        ballot.removeAll();
        ballot.add(new Paragraph(getTranslation("election.vote.intro")));
        code.clear();
        code.setInvalid(false);
        error.setText("");
        ballot.add(code, error, next);
    }

    void openBallot() {
        try {
            paper = voting.ballotPaper(code.getValue());
        } catch (BusinessException e) {
            code.setInvalid(true);
            code.setErrorMessage(Notifications.translate(e));
            return;
        }
        enteredCode = code.getValue();
        ballot.removeAll();
        ballot.add(new H2(getTranslation("election.vote.heading", paper.councilName())));
        ballot.add(new Paragraph(paper.campaignTitle()));
        ballot.add(new Paragraph(getTranslation("election.vote.rule", paper.seats())));
        choices.clear();
        choices.setItems(paper.candidates());
        count.setText(getTranslation("election.vote.count", 0, paper.seats()));
        error.setText("");
        Button back = new Button(getTranslation("election.vote.back"), e -> codeStep());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        ballot.add(choices, count, error, vote, back);
    }

    void castVote() {
        if (paper == null) {
            return;
        }
        Set<Long> chosen = choices.getValue().stream().map(CandidateData::candidacyId).collect(Collectors.toSet());
        Receipt receipt;
        try {
            receipt = voting.vote(enteredCode, chosen);
        } catch (BusinessException e) {
            error.setText(Notifications.translate(e));
            Notifications.error(e);
            return;
        }
        paper = null;
        enteredCode = null;
        ballot.removeAll();
        Paragraph done = new Paragraph(getTranslation("election.vote.done"));
        done.setId("election-vote-done");
        done.getElement().setAttribute("role", "status");
        Paragraph kept = new Paragraph(getTranslation("election.vote.receipt", receipt.display()));
        kept.setId("election-vote-receipt");
        ballot.add(done, kept);
    }

    private void showResults() {
        results.removeAll();
        results.add(new H2(getTranslation("election.vote.results")));
        List<ElectionData> closed = elections.all().stream()
                .filter(e -> e.status() == AssociationElection.Status.CLOSED).toList();
        if (closed.isEmpty()) {
            results.add(new Paragraph(getTranslation("election.vote.no-results")));
        }
        List<ElectionData> open = elections.all().stream().filter(ElectionData::open).toList();
        for (ElectionData e : open) {
            results.add(new Paragraph(getTranslation("election.vote.in-progress", e.councilName(), e.seats())));
        }
        for (ElectionData e : closed) {
            Details d = new Details(getTranslation("election.vote.result-of", e.councilName(), e.campaignTitle()),
                    new ElectionResultsPanel(elections.results(e.id()), () -> elections.publishedBallots(e.id()),
                            () -> elections.publishedReceipts(e.id()), r -> voting.receiptCounted(e.id(), r)));
            d.setWidthFull();
            d.setId("election-results-" + e.id());
            results.add(d);
        }
    }

    @Override
    protected String titleKey() {
        return "election.vote.title";
    }
}
