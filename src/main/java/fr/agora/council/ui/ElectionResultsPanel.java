package fr.agora.council.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.agora.council.domain.AssociationElection;
import fr.agora.council.service.ElectionResults;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The public result of an association election: the elected associations, the ranked alternates, the votes, the
 * tie-break and the seed, and the anonymous ballots to re-count. Lists rather than a grid, readable at 360 px.
 */
class ElectionResultsPanel extends Div {

    /**
     * @param receipts     the published receipt hashes
     * @param receiptCheck checks a receipt typed by a voter, or null to offer no check (staff's view)
     */
    ElectionResultsPanel(ElectionResults r, Supplier<List<String>> ballots, Supplier<List<String>> receipts,
            Predicate<String> receiptCheck) {
        setWidthFull();
        getStyle().set("box-sizing", "border-box");
        boolean direct = r.election().method() == AssociationElection.Method.DIRECT;
        add(new H3(getTranslation("election.results.title", r.election().councilName())));
        add(new Paragraph(r.election().campaignTitle()));
        if (direct) {
            add(new Paragraph(getTranslation("election.results.direct", r.lines().size(), r.election().seats())));
        } else {
            add(new Paragraph(getTranslation("election.results.summary", r.ballots(), r.election().seats(),
                    getTranslation("election.tie-break." + r.election().tieBreak().name()))));
        }
        add(new H4(getTranslation("election.results.elected")));
        add(list(r.elected(), direct));
        if (!r.alternates().isEmpty()) {
            add(new H4(getTranslation("election.results.alternates")));
            add(list(r.alternates(), direct));
        }
        if (!direct) {
            Paragraph seed = new Paragraph(getTranslation("election.results.seed", r.seed()));
            Paragraph digest = new Paragraph(getTranslation("election.results.digest", r.ballotsDigest()));
            for (Paragraph p : List.of(seed, digest)) {
                p.getStyle().set("overflow-wrap", "anywhere").set("font-size", "var(--lumo-font-size-s)");
            }
            add(seed, digest, new Paragraph(getTranslation("election.results.verify")));
            Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> {
                byte[] text = (String.join("\n", ballots.get()) + "\n").getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(text), "bulletins-election-" + r.election().id()
                        + ".txt", "text/plain", text.length);
            }), getTranslation("election.results.ballots"));
            Anchor receiptList = new Anchor(DownloadHandler.fromInputStream(e -> {
                byte[] text = (String.join("\n", receipts.get()) + "\n").getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(text), "recus-election-" + r.election().id()
                        + ".txt", "text/plain", text.length);
            }), getTranslation("election.results.receipts"));
            add(new Paragraph(download), new Paragraph(receiptList));
            if (receiptCheck != null) {
                add(receiptCheck(r.election().id(), receiptCheck));
            }
        }
        if (r.election().appointed()) {
            add(new Paragraph(getTranslation("election.results.appointed")));
        }
    }

    /** A voter types their receipt and learns whether it is counted (nothing else). */
    private Div receiptCheck(long electionId, Predicate<String> check) {
        TextField field = new TextField(getTranslation("election.results.receipt-field"));
        field.setId("election-receipt-" + electionId);
        field.setMaxLength(20);
        field.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        Paragraph answer = new Paragraph();
        answer.getElement().setAttribute("role", "status");
        answer.setId("election-receipt-answer-" + electionId);
        Button go = new Button(getTranslation("election.results.receipt-check"), e -> answer.setText(getTranslation(
                check.test(field.getValue()) ? "election.results.receipt-found" : "election.results.receipt-missing")));
        Div box = new Div(field, go, answer);
        box.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline");
        return box;
    }

    private OrderedList list(List<ElectionResults.Line> lines, boolean direct) {
        OrderedList list = new OrderedList();
        for (ElectionResults.Line l : lines) {
            String text = direct ? getTranslation("election.results.line-direct", l.candidate().organisation())
                    : getTranslation("election.results.line", l.candidate().organisation(), l.votes());
            if (l.tieBroken()) {
                text += " " + getTranslation("election.results.tie");
            }
            ListItem item = new ListItem(text);
            item.getElement().setAttribute("value", String.valueOf(l.rank()));
            list.add(item);
        }
        return list;
    }
}
