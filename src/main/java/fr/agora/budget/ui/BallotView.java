package fr.agora.budget.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.agora.budget.domain.VoteSettings;
import fr.agora.budget.service.BudgetVoteService;
import fr.agora.budget.service.PhotoContent;
import fr.agora.budget.service.ProposalQueries;
import fr.agora.budget.service.VoteData;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ballot, built for a phone (360 px): one ballot per envelope that applies to the voter, each project with its
 * photo, cost and a map link; for a knapsack ballot a running total against the envelope. The draft is kept in the
 * browser's {@code localStorage} only (never on the server), so a lost connection loses nothing; a summary to
 * confirm, then one final cast and the receipt codes (also kept on the device, for the check on the results page).
 */
@Route(value = "budget/voter/:editionId?([0-9]{1,18})", layout = MainLayout.class)
@AnonymousAllowed
public class BallotView extends AgoraView implements BeforeEnterObserver {

    static final String DRAFT = "agora-budget-draft-";
    static final String RECEIPTS = "agora-budget-receipts-";

    private final transient BudgetVoteService votes;
    private final transient ProposalQueries queries;
    private final transient AuthenticationContext auth;
    VoteData.MyBallot ballot;
    final Map<Long, Set<Long>> chosen = new LinkedHashMap<>();
    final Map<Long, Checkbox> boxes = new LinkedHashMap<>();
    final Map<Long, Span> totals = new LinkedHashMap<>();
    final Checkbox age = new Checkbox();
    final Button review = new Button();
    final Div ballotPart = new Div();
    final Div summaryPart = new Div();
    final Div receiptPart = new Div();

    public BallotView(BudgetVoteService votes, ProposalQueries queries, AuthenticationContext auth) {
        this.votes = votes;
        this.queries = queries;
        this.auth = auth;
        addClassName("agora-budget");
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        chosen.clear();
        boxes.clear();
        totals.clear();
        Optional<Long> id = event.getRouteParameters().getLong("editionId")
                .or(() -> votes.openVote().map(VoteData.Overview::editionId));
        if (id.isEmpty()) {
            add(new H2(getTranslation("budgetvote.title")), new Paragraph(getTranslation("budgetvote.ballot.none")));
            return;
        }
        if (!auth.isAuthenticated()) {
            add(new H2(getTranslation("budgetvote.title")), new Paragraph(getTranslation("budgetvote.ballot.sign-in")),
                    new Anchor("login", getTranslation("budgetvote.ballot.sign-in")));
            return;
        }
        try {
            ballot = votes.myBallot(id.get());
        } catch (BusinessException e) {
            add(new Paragraph(Notifications.translate(e)));
            return;
        }
        build();
    }

    private void build() {
        add(new H2(getTranslation("budgetvote.ballot.title", ballot.editionTitle())));
        if (ballot.refusal() != null) {
            Paragraph why = new Paragraph(getTranslation(ballot.refusal(), ballot.minAge()));
            why.setId("budgetvote-refusal");
            add(why);
            add(new Paragraph(BudgetVoteNavigation.results(ballot.editionId())
                    .link(getTranslation("budgetvote.ballot.results"))));
            return;
        }
        add(new Paragraph(getTranslation("budgetvote.ballot.intro")));
        ballotPart.setId("budgetvote-ballot");
        for (VoteData.Ballot b : ballot.ballots()) {
            chosen.put(b.boxId(), new LinkedHashSet<>());
            ballotPart.add(section(b));
        }
        age.setLabel(getTranslation("budgetvote.ballot.age", ballot.minAge()));
        age.setId("budgetvote-age");
        review.setText(getTranslation("budgetvote.ballot.review"));
        review.setId("budgetvote-review");
        review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        review.addClickListener(e -> showSummary());
        ballotPart.add(age, new Div(review));
        add(ballotPart, summaryPart, receiptPart);
        summaryPart.setVisible(false);
        receiptPart.setVisible(false);
    }

    private Div section(VoteData.Ballot b) {
        Div section = new Div();
        section.addClassName("budgetvote-section");
        String name = b.name().isEmpty() ? getTranslation("budgetvote.ballot.city") : b.name();
        section.add(new H3(getTranslation("budgetvote.ballot.envelope", name) + " — " + BudgetUi.euros(b.amountEuros())));
        section.add(new Paragraph(b.type() == VoteSettings.BallotType.KNAPSACK ? getTranslation("budgetvote.ballot.knapsack")
                : getTranslation("budgetvote.ballot.approval", b.maxChoices())));
        Span total = new Span();
        total.setId("budgetvote-total-" + b.boxId());
        total.addClassName("budgetvote-total");
        total.getElement().setAttribute("aria-live", "polite");
        total.getStyle().set("position", "sticky").set("top", "0").set("display", "block").set("z-index", "1")
                .set("background", "var(--lumo-base-color)").set("padding", "var(--lumo-space-s) 0")
                .set("font-weight", "600");
        totals.put(b.boxId(), total);
        section.add(total);
        Div cards = new Div();
        cards.addClassName("agora-cards");
        for (VoteData.Project p : b.projects()) {
            cards.add(card(b, p));
        }
        section.add(cards);
        refreshTotal(b);
        return section;
    }

    private Div card(VoteData.Ballot b, VoteData.Project p) {
        Div card = new Div();
        card.addClassName("agora-card");
        if (p.photoId() != null) {
            long photoId = p.photoId();
            Image image = new Image(DownloadHandler.fromInputStream(event -> {
                try {
                    PhotoContent content = queries.photo(photoId);
                    return new DownloadResponse(new ByteArrayInputStream(content.bytes()), content.fileName(),
                            content.mediaType(), content.bytes().length);
                } catch (BusinessException e) {
                    return DownloadResponse.error(404);
                }
            }), getTranslation("budgetvote.ballot.photo", p.title()));
            image.setWidthFull();
            image.getStyle().set("max-height", "180px").set("object-fit", "cover");
            card.add(image);
        }
        card.add(new H3(p.title()));
        card.add(new Paragraph(getTranslation("budgetvote.ballot.cost", BudgetUi.euros(p.costEuros()))));
        card.add(new Paragraph(p.description().length() > 240 ? p.description().substring(0, 240) + "…" : p.description()));
        if (p.location() != null) {
            Anchor map = new Anchor(String.format(Locale.ROOT, "https://www.openstreetmap.org/?mlat=%.5f&mlon=%.5f#map=18/%.5f/%.5f",
                    p.location().lat(), p.location().lon(), p.location().lat(), p.location().lon()),
                    getTranslation("budgetvote.ballot.map"));
            map.setTarget("_blank");
            map.getElement().setAttribute("rel", "noopener");
            card.add(new Paragraph(map, new Span(" · "), BudgetNavigation.proposal(p.proposalId()).link(p.title())));
        }
        Checkbox choose = new Checkbox(getTranslation("budgetvote.ballot.choose", p.title()));
        choose.setId("budgetvote-choose-" + p.proposalId());
        choose.addValueChangeListener(e -> {
            if (e.getValue()) {
                chosen.get(b.boxId()).add(p.proposalId());
            } else {
                chosen.get(b.boxId()).remove(p.proposalId());
            }
            refreshTotal(b);
            if (e.isFromClient()) {
                saveDraft();
            }
        });
        boxes.put(p.proposalId(), choose);
        card.add(choose);
        return card;
    }

    /** The running total (knapsack) or count (approval), said to screen readers as it changes. */
    void refreshTotal(VoteData.Ballot b) {
        Set<Long> mine = chosen.get(b.boxId());
        Span total = totals.get(b.boxId());
        if (b.type() == VoteSettings.BallotType.KNAPSACK) {
            long sum = b.projects().stream().filter(p -> mine.contains(p.proposalId()))
                    .mapToLong(VoteData.Project::costEuros).sum();
            String text = getTranslation("budgetvote.ballot.total", BudgetUi.euros(sum), BudgetUi.euros(b.amountEuros()));
            total.setText(sum > b.amountEuros() ? text + " — " + getTranslation("budgetvote.ballot.over") : text);
            total.getStyle().set("color", sum > b.amountEuros() ? "var(--lumo-error-text-color)" : "inherit");
        } else {
            total.setText(getTranslation("budgetvote.ballot.count", mine.size(), b.maxChoices()));
            total.getStyle().set("color", mine.size() > b.maxChoices() ? "var(--lumo-error-text-color)" : "inherit");
        }
    }

    /** The draft, as "box:id,id;box:id" in the browser's localStorage only. */
    String draft() {
        return chosen.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue().stream().map(String::valueOf)
                .collect(Collectors.joining(","))).collect(Collectors.joining(";"));
    }

    private void saveDraft() {
        getElement().executeJs("try{localStorage.setItem($0,$1)}catch(e){}", DRAFT + ballot.editionId(), draft());
    }

    /** Restores a draft read back from the device. */
    void restore(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String part : text.split(";")) {
            String[] kv = part.split(":", 2);
            if (kv.length < 2) {
                continue;
            }
            for (String id : kv[1].split(",")) {
                try {
                    Checkbox c = boxes.get(Long.parseLong(id.strip()));
                    if (c != null && chosen.containsKey(Long.parseLong(kv[0].strip()))) {
                        c.setValue(true);
                    }
                } catch (NumberFormatException e) {
                    // a damaged draft is ignored
                }
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (ballot != null && ballot.refusal() == null) {
            getElement().executeJs("try{return localStorage.getItem($0)||''}catch(e){return ''}", DRAFT + ballot.editionId())
                    .then(String.class, this::restore);
        }
    }

    void showSummary() {
        summaryPart.removeAll();
        summaryPart.setId("budgetvote-summary");
        summaryPart.add(new H3(getTranslation("budgetvote.ballot.summary")));
        for (VoteData.Ballot b : ballot.ballots()) {
            String name = b.name().isEmpty() ? getTranslation("budgetvote.ballot.city") : b.name();
            UnorderedList list = new UnorderedList();
            List<VoteData.Project> mine = b.projects().stream().filter(p -> chosen.get(b.boxId()).contains(p.proposalId()))
                    .toList();
            if (mine.isEmpty()) {
                list.add(new ListItem(getTranslation("budgetvote.ballot.summary.blank")));
            }
            mine.forEach(p -> list.add(new ListItem(p.title() + " — " + BudgetUi.euros(p.costEuros()))));
            summaryPart.add(new Paragraph(getTranslation("budgetvote.ballot.envelope", name)), list);
        }
        Button back = new Button(getTranslation("budgetvote.ballot.back"), e -> {
            summaryPart.setVisible(false);
            ballotPart.setVisible(true);
            review.focus();
        });
        back.setId("budgetvote-back");
        summaryPart.add(new Div(back, new Span(" "), castButton()));
        ballotPart.setVisible(false);
        summaryPart.setVisible(true);
    }

    private Button castButton() {
        Button button = new Button(getTranslation("budgetvote.ballot.cast"), e -> doCast());
        button.setId("budgetvote-cast");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setDisableOnClick(true);
        button.addClickShortcut(Key.ENTER);
        return button;
    }

    void doCast() {
        Map<Long, Set<Long>> choices = new LinkedHashMap<>();
        chosen.forEach((k, v) -> choices.put(k, Set.copyOf(v)));
        try {
            VoteData.Receipts receipts = votes.cast(ballot.editionId(), choices, age.getValue());
            showReceipts(receipts);
        } catch (BusinessException e) {
            Notifications.error(e);
            summaryPart.setVisible(false);
            ballotPart.setVisible(true);
            Paragraph why = new Paragraph(Notifications.translate(e));
            why.setId("budgetvote-error");
            why.getStyle().set("color", "var(--lumo-error-text-color)");
            ballotPart.addComponentAsFirst(why);
        }
    }

    private void showReceipts(VoteData.Receipts receipts) {
        summaryPart.setVisible(false);
        ballotPart.setVisible(false);
        receiptPart.removeAll();
        receiptPart.setId("budgetvote-receipt");
        Paragraph done = new Paragraph(getTranslation("budgetvote.ballot.done"));
        done.getElement().setAttribute("role", "status");
        receiptPart.add(done);
        List<String> codes = new ArrayList<>(receipts.codes());
        for (String code : codes) {
            Paragraph p = new Paragraph(getTranslation("budgetvote.ballot.receipt", code));
            p.addClassName("budgetvote-receipt-code");
            p.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
            receiptPart.add(p);
        }
        receiptPart.add(new Paragraph(getTranslation("budgetvote.ballot.receipt.help")));
        receiptPart.add(new Paragraph(BudgetVoteNavigation.results(ballot.editionId())
                .link(getTranslation("budgetvote.ballot.results"))));
        receiptPart.setVisible(true);
        getElement().executeJs("try{localStorage.removeItem($0);localStorage.setItem($1,$2)}catch(e){}",
                DRAFT + ballot.editionId(), RECEIPTS + ballot.editionId(), String.join(" ", codes));
    }

    @Override
    protected String titleKey() {
        return "budgetvote.title";
    }
}
