package fr.agora.budget.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.agora.budget.service.BudgetResultsService;
import fr.agora.budget.service.BudgetVoteService;
import fr.agora.budget.service.VoteData;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The results of an edition's vote, per envelope: winners and the others with their reason in plain French, the
 * rule and the seed of the lot, the anonymised ballots as a Pabulib file, the command that recomputes the winners,
 * the receipt fingerprints, and a field where a voter checks their receipt. Before the close: counts only.
 */
@Route(value = "budget/resultats/:editionId?([0-9]{1,18})", layout = MainLayout.class)
@AnonymousAllowed
public class VoteResultsView extends AgoraView implements BeforeEnterObserver {

    private final transient BudgetVoteService votes;
    private final transient BudgetResultsService results;
    final TextField receipt = new TextField();
    final Paragraph answer = new Paragraph();
    long editionId;

    public VoteResultsView(BudgetVoteService votes, BudgetResultsService results) {
        this.votes = votes;
        this.results = results;
        addClassName("agora-budget");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> id = event.getRouteParameters().getLong("editionId")
                .or(() -> votes.openVote().map(VoteData.Overview::editionId));
        if (id.isEmpty()) {
            add(new H2(getTranslation("budgetvote.nav.results")), new Paragraph(getTranslation("budgetvote.ballot.none")));
            return;
        }
        editionId = id.get();
        try {
            VoteData.Overview o = votes.overview(editionId);
            add(new H2(getTranslation("budgetvote.results.title", o.editionTitle())));
            if (!o.closed()) {
                long ballots = o.boxes().stream().mapToLong(VoteData.Box::ballots).sum();
                Paragraph pending = new Paragraph(getTranslation("budgetvote.results.pending", ballots));
                pending.setId("budgetvote-pending");
                add(pending);
                addCheck();
                return;
            }
            build(results.results(editionId));
        } catch (BusinessException e) {
            add(new Paragraph(Notifications.translate(e)));
        }
    }

    private void build(VoteData.Results r) {
        if (r.imported()) {
            add(new Paragraph(getTranslation("budgetvote.results.imported")));
        }
        add(new Paragraph(getTranslation("budgetvote.results.rule." + r.rule().name())));
        add(new Paragraph(getTranslation("budgetvote.results.seed", String.valueOf(r.lotSeed()))));
        addCheck();
        for (VoteData.BoxResult b : r.boxes()) {
            Div section = new Div();
            section.setId("budgetvote-result-" + b.boxId());
            String name = b.name().isEmpty() ? getTranslation("budgetvote.ballot.city") : b.name();
            section.add(new H3(getTranslation("budgetvote.results.box", name, BudgetUi.euros(b.amountEuros()))));
            section.add(new Paragraph(getTranslation("budgetvote.results.ballots", b.ballots(), b.blank())));
            OrderedList list = new OrderedList();
            for (VoteData.Line l : b.lines()) {
                ListItem item = new ListItem();
                item.addClassName(l.won() ? "budgetvote-won" : "budgetvote-lost");
                Span badge = new Span(getTranslation(l.won() ? "budgetvote.results.won" : "budgetvote.results.lost"));
                badge.addClassName("agora-badge");
                Span title = new Span(l.title());
                title.getStyle().set("font-weight", "600");
                item.add(badge, new Span(" "), title, new Span(" — " + BudgetUi.euros(l.costEuros()) + " — "
                        + getTranslation("budgetvote.results.votes", l.votes())));
                item.add(new Paragraph(l.explanation()));
                list.add(item);
            }
            section.add(list);
            if (b.fileName() != null) {
                long boxId = b.boxId();
                String fileName = b.fileName();
                Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = results.pabulib(boxId).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/plain;charset=utf-8",
                            bytes.length);
                }), getTranslation("budgetvote.results.download") + " (" + fileName + ")");
                download.setId("budgetvote-download-" + boxId);
                download.getElement().setAttribute("download", fileName);
                section.add(new Paragraph(download));
                section.add(new Paragraph(getTranslation("budgetvote.results.command")));
                Pre command = new Pre(b.command());
                command.setId("budgetvote-command-" + boxId);
                command.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all");
                section.add(command);
            }
            if (!b.receiptHashes().isEmpty()) {
                UnorderedList hashes = new UnorderedList();
                b.receiptHashes().forEach(h -> hashes.add(new ListItem(h)));
                hashes.getStyle().set("font-family", "monospace").set("word-break", "break-all");
                section.add(new Details(getTranslation("budgetvote.results.receipts", b.receiptHashes().size()), hashes));
            }
            add(section);
        }
    }

    private void addCheck() {
        add(new H3(getTranslation("budgetvote.results.check")));
        receipt.setLabel(getTranslation("budgetvote.results.check.field"));
        receipt.setId("budgetvote-receipt-field");
        receipt.setMaxLength(20);
        Button check = new Button(getTranslation("budgetvote.results.check"), e -> check());
        check.setId("budgetvote-receipt-check");
        receipt.addKeyPressListener(Key.ENTER, e -> check());
        answer.setId("budgetvote-receipt-answer");
        answer.getElement().setAttribute("role", "status");
        add(new Div(receipt, new Span(" "), check), answer);
    }

    void check() {
        String code = receipt.getValue() == null ? "" : receipt.getValue().strip();
        answer.setText(getTranslation(votes.receiptCounted(editionId, code) ? "budgetvote.results.check.yes"
                : "budgetvote.results.check.no"));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // the receipt kept on this device at the cast, if any, fills the field (it never left the device before)
        getElement().executeJs("try{return (localStorage.getItem($0)||'').split(' ')[0]}catch(e){return ''}",
                BallotView.RECEIPTS + editionId).then(String.class, code -> {
                    if (code != null && !code.isBlank() && receipt.isEmpty()) {
                        receipt.setValue(code);
                    }
                });
    }

    @Override
    protected String titleKey() {
        return "budgetvote.nav.results";
    }
}
