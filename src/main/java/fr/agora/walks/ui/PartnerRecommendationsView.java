package fr.agora.walks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import fr.agora.walks.domain.RecommendationStatus;
import fr.agora.walks.service.HistoryData;
import fr.agora.walks.service.RecommendationData;
import fr.agora.walks.service.RecommendationService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A partner (a bailleur, the police, a transport operator…) sees the recommendations addressed to its organisation
 * and answers them: accepted, refused with a public reason, in progress, done, or a progress note.
 */
@Route(value = "partenaire/recommandations", layout = MainLayout.class)
@RolesAllowed(Role.Names.PARTNER)
public class PartnerRecommendationsView extends AgoraView {

    private final transient fr.agora.shared.service.Dates dates;

    private final transient RecommendationService recommendations;
    final Div list = new Div();
    List<RecommendationData> shown = List.of();

    public PartnerRecommendationsView(RecommendationService recommendations, fr.agora.shared.service.Dates dates) {
        addClassName("agora-walks");
        this.recommendations = recommendations;
        this.dates = dates;
        add(new Paragraph(getTranslation("partner.intro")));
        list.setId("partner-recommendations");
        add(list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        try {
            shown = recommendations.forMyOrganisation();
        } catch (BusinessException e) {
            list.add(new Paragraph(Notifications.translate(e)));
            shown = List.of();
            return;
        }
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("partner.none")));
        }
        shown.forEach(r -> list.add(card(r)));
    }

    private Component card(RecommendationData r) {
        Div card = new Div();
        card.addClassName("agora-card");
        card.setId("partner-rec-" + r.id());
        card.add(new H2(r.title()));
        card.add(new Paragraph(new Anchor("marches/" + r.walkId(), r.walkTitle())));
        Paragraph body = new Paragraph(r.body());
        body.getStyle().set("white-space", "pre-line");
        card.add(body);
        card.add(new Paragraph(getTranslation("walk.public.rec-meta", r.addressee(), r.dueDate() == null ? "—"
                : WalkUi.date(this, r.dueDate()), getTranslation("walk.rec.status." + r.status().name()))));
        if (r.overdue()) {
            Paragraph late = new Paragraph(getTranslation("walk.rec.overdue"));
            late.addClassName("agora-warning");
            card.add(late);
        }
        UnorderedList history = new UnorderedList();
        for (HistoryData h : r.history()) {
            history.add(new ListItem(WalkUi.date(this, dates.dayOf(h.at())) + " — "
                    + (h.isComment() ? getTranslation("walk.rec.history.comment-only") : getTranslation("walk.rec.status." + h.to().name()))
                    + " — " + (h.actorOrg() == null ? getTranslation("walk.rec.history.city") : h.actorOrg())
                    + (h.comment() == null ? "" : " : " + h.comment())));
        }
        card.add(new Details(getTranslation("walk.rec.history", r.history().size()), history));

        RadioButtonGroup<RecommendationStatus> answer = new RadioButtonGroup<>();
        answer.setLabel(getTranslation("partner.answer"));
        answer.setItems(r.status().successors());
        answer.setItemLabelGenerator(s -> getTranslation("partner.answer." + s.name()));
        answer.setId("partner-answer-" + r.id());
        TextArea comment = new TextArea(getTranslation("partner.comment"));
        comment.setHelperText(getTranslation("partner.comment.help"));
        comment.setMaxLength(2000);
        comment.setWidthFull();
        comment.setId("partner-comment-" + r.id());
        Button send = new Button(getTranslation("partner.send"), e -> answer(r, answer.getValue(), comment.getValue()));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("partner-send-" + r.id());
        send.setAriaLabel(getTranslation("partner.send-named", r.title()));
        Button note = new Button(getTranslation("partner.note"), e -> note(r, comment.getValue()));
        note.setAriaLabel(getTranslation("partner.note-named", r.title()));
        if (!r.status().successors().isEmpty()) {
            card.add(answer);
        }
        FlexLayout actions = new FlexLayout();
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        if (!r.status().successors().isEmpty()) {
            actions.add(send);
        }
        actions.add(note);
        card.add(comment, actions);
        return card;
    }

    void answer(RecommendationData r, RecommendationStatus target, String comment) {
        if (target == null) {
            Notifications.error(getTranslation("partner.answer.required"));
            return;
        }
        try {
            recommendations.answer(r.id(), target, comment);
            Notifications.success(getTranslation("partner.sent"));
            refresh();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    void note(RecommendationData r, String comment) {
        try {
            recommendations.comment(r.id(), comment);
            Notifications.success(getTranslation("partner.noted"));
            refresh();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    @Override
    protected String titleKey() {
        return "partner.title";
    }
}
