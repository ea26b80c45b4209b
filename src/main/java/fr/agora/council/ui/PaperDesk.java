package fr.agora.council.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fr.agora.council.service.CandidateData;
import fr.agora.council.service.ElectionData;
import fr.agora.council.service.ElectionRegister;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.ui.Notifications;
import fr.agora.voting.PaperBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The entry of paper ballots, keyboard first: tick the associations of one paper, Enter adds it to the batch, and
 * the batch is saved whole (refused whole when a paper is invalid or when there would be more papers than holders
 * marked at the desk). The batch names no voter.
 */
class PaperDesk extends Div {

    final TextField label = new TextField();
    final CheckboxGroup<CandidateData> choices = new CheckboxGroup<>();
    final Button add = new Button();
    final Button save = new Button();
    final Paragraph pending = new Paragraph();
    private final List<Set<Long>> papers = new ArrayList<>();

    PaperDesk(ElectionData election, List<CandidateData> candidates, ElectionRegister voters, Runnable afterSave) {
        setWidthFull();
        setId("election-paper-desk");
        add(new H3(getTranslation("election.paper.title")));
        add(new Paragraph(getTranslation("election.paper.intro", election.seats())));
        label.setLabel(getTranslation("election.paper.label"));
        label.setMaxLength(60);
        label.setId("election-paper-label");
        choices.setLabel(getTranslation("election.paper.choices"));
        choices.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        choices.setItems(candidates);
        choices.setItemLabelGenerator(CandidateData::organisation);
        choices.setId("election-paper-choices");
        pending.getElement().setAttribute("aria-live", "polite");
        pending.setId("election-paper-pending");
        add.setText(getTranslation("election.paper.add"));
        add.addClickShortcut(Key.ENTER).listenOn(choices);
        add.addClickListener(e -> {
            Set<Long> paper = choices.getValue().stream().map(CandidateData::candidacyId).collect(Collectors.toSet());
            if (paper.isEmpty()) {
                Notifications.error(new BusinessException("election.error.no-choice"));
                return;
            }
            papers.add(paper);
            choices.clear();
            choices.getElement().executeJs("const c = this.querySelector('vaadin-checkbox'); if (c) { c.focus(); }");
            showPending();
        });
        save.setText(getTranslation("election.paper.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                PaperBatch batch = voters.enterPaperBatch(election.id(), label.getValue(), List.copyOf(papers));
                Notifications.success(getTranslation("election.paper.saved", batch.ballots(), batch.label()));
                papers.clear();
                label.clear();
                showPending();
                afterSave.run();
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        showPending();
        Div buttons = new Div(add, save);
        buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        add(label, choices, buttons, pending);
    }

    private void showPending() {
        pending.setText(getTranslation("election.paper.pending", papers.size()));
    }
}
