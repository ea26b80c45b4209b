package fr.agora.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import fr.agora.shared.domain.BusinessException;
import java.time.LocalDate;
import java.util.function.Supplier;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.agora.council.domain.CouncilMember;
import fr.agora.council.service.DrawReplyService;
import fr.agora.council.service.MemberData;
import fr.agora.shared.ui.Notifications;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 5 of the ceremony: the answers of the people drawn, as a plain list rather than a grid: each person is one
 * item (name, seat, answer, whom they replace) with the three answer buttons, so that it reads on a phone without
 * scrolling sideways, the buttons sit in the normal tab order, and nothing depends on a web component that this
 * route's part of the production bundle might not load.
 */
class AnswersStep extends Div {

    private final DrawCeremony ceremony;
    private final DrawReplyService replies;
    private final UnorderedList list = new UnorderedList();
    private final Map<Long, ListItem> items = new HashMap<>();

    private final Supplier<LocalDate> today;

    AnswersStep(DrawCeremony ceremony, DrawReplyService replies, Supplier<LocalDate> today) {
        this.today = today;
        this.ceremony = ceremony;
        this.replies = replies;
        list.setId("draw-responses");
        list.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0").set("display", "flex")
                .set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        add(new H3(getTranslation("draw.response.title")), new Paragraph(getTranslation("draw.response.help")), list);
    }

    /** Shows the people drawn in the current draw, seat by seat. */
    void show() {
        List<MemberData> members = replies.drawnMembers(ceremony.current().id()).stream()
                .sorted(Comparator.comparingInt(MemberData::seatNo).thenComparing(MemberData::position)
                        .thenComparingLong(MemberData::id))
                .toList();
        list.removeAll();
        items.clear();
        for (int i = 0; i < members.size(); i++) {
            MemberData m = members.get(i);
            MemberData before = i > 0 && sameSeat(members.get(i - 1), m) ? members.get(i - 1) : null;
            MemberData after = i + 1 < members.size() && sameSeat(members.get(i + 1), m) ? members.get(i + 1) : null;
            ListItem item = item(m, before, after);
            items.put(m.id(), item);
            list.add(item);
        }
    }

    private static boolean sameSeat(MemberData a, MemberData b) {
        return a.seatNo() == b.seatNo() && a.position() == b.position();
    }

    /** A refusal, or a person who could not be reached: the seat went to the next person of the reserve. */
    private static boolean replaced(MemberData m) {
        return !m.active() && ("DECLINED".equals(m.response()) || "UNREACHABLE".equals(m.response()));
    }

    private ListItem item(MemberData m, MemberData before, MemberData after) {
        ListItem item = new ListItem();
        item.setId("draw-response-" + m.id());
        // focus lands here after an answer, so that keyboard users carry on from the seat they were on
        item.getElement().setAttribute("tabindex", "-1");
        item.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("overflow-wrap", "anywhere");
        if (!m.active()) {
            item.getStyle().set("background-color", "var(--lumo-contrast-5pct)");
        }
        Div name = new Div(m.fullName());
        name.getStyle().set("font-weight", "600");
        item.add(name, new Div(getTranslation("draw.response.seat", m.seatNo(),
                getTranslation("council.position." + m.position().name()),
                getTranslation("draw.response." + m.response(), CouncilUi.date(m.responseDeadline())))));
        if (before != null && replaced(before)) {
            item.add(new Div(getTranslation("draw.response.replaces", before.fullName())));
        }
        if (replaced(m)) {
            item.add(new Div(after == null ? getTranslation("draw.response.vacant")
                    : getTranslation("draw.response.replaced-by", after.fullName())));
        }
        if ("PENDING".equals(m.response()) && m.active()) {
            Div actions = new Div();
            actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                    .set("margin-top", "var(--lumo-space-xs)");
            for (CouncilMember.Response r : List.of(CouncilMember.Response.ACCEPTED, CouncilMember.Response.DECLINED,
                    CouncilMember.Response.UNREACHABLE)) {
                String key = switch (r) {
                    case ACCEPTED -> "accept";
                    case DECLINED -> "decline";
                    default -> "unreachable";
                };
                Button b = new Button(getTranslation("draw.response." + key), e -> {
                    if (r == CouncilMember.Response.ACCEPTED) {
                        answer(m, r, null, null);
                    } else {
                        confirm(m, r);
                    }
                });
                b.setId("draw-" + key + "-" + m.id());
                b.getElement().setAttribute("aria-label", getTranslation("draw.response." + key + "-of", m.fullName()));
                actions.add(b);
            }
            item.add(actions);
        }
        return item;
    }

    /**
     * A refusal, or a person found unreachable, is asked for confirmation first: the dialog says who of the reserve
     * will be called (or that the place stays vacant) and that it cannot be undone, and takes the day of the answer
     * and a note (what was tried, required for an unreachable person).
     */
    void confirm(MemberData m, CouncilMember.Response r) {
        String key = r == CouncilMember.Response.DECLINED ? "decline" : "unreachable";
        String outcome;
        try {
            outcome = replies.previewReplacement(m.id(), r)
                    .map(next -> getTranslation("draw.confirm.replaced-by", next))
                    .orElse(getTranslation("draw.confirm.vacant"));
        } catch (BusinessException e) {
            Notifications.error(e);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("draw.response." + key + "-of", m.fullName()));
        DatePicker day = new DatePicker(getTranslation("draw.confirm.day"));
        day.setLocale(CouncilUi.locale());
        LocalDate today = this.today.get();
        day.setValue(today);
        day.setMax(today);
        day.setRequiredIndicatorVisible(true);
        TextArea note = new TextArea(getTranslation("draw.confirm.note-" + key));
        note.setMaxLength(CouncilMember.MAX_REASON);
        note.setRequiredIndicatorVisible(r == CouncilMember.Response.UNREACHABLE);
        note.setWidthFull();
        note.setId("draw-confirm-note");
        Paragraph what = new Paragraph(getTranslation("draw.confirm.what", m.seatNo(),
                getTranslation("council.position." + m.position().name()), outcome));
        what.setId("draw-confirm-what");
        Paragraph irreversible = new Paragraph(getTranslation("draw.confirm.irreversible"));
        dialog.add(what, irreversible, day, note);
        Button ok = new Button(getTranslation("draw.confirm.ok-" + key), e -> {
            // closed first, so that the focus then goes to the seat's new holder; opened again if refused
            dialog.close();
            if (!answer(m, r, day.getValue(), note.getValue())) {
                dialog.open();
            }
        });
        ok.setId("draw-confirm-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, ok);
        // not added to the view: an opened dialog attaches itself to the UI and goes away when closed
        dialog.open();
    }

    /** Records an answer, says who takes the seat, and puts the focus back on that seat. */
    private boolean answer(MemberData m, CouncilMember.Response r, LocalDate day, String note) {
        if (!ceremony.act(() -> {
            if (day == null && r != CouncilMember.Response.ACCEPTED) {
                throw new BusinessException("draw.error.answer-date");
            }
            if (r == CouncilMember.Response.ACCEPTED) {
                replies.respond(m.id(), r);
            } else {
                replies.respond(m.id(), r, day, note);
            }
        })) {
            return false;
        }
        MemberData successor = r == CouncilMember.Response.ACCEPTED ? null : replies.drawnMembers(ceremony.current().id())
                .stream().filter(x -> x.active() && x.id() != m.id() && sameSeat(x, m)).findFirst().orElse(null);
        Notifications.success(r == CouncilMember.Response.ACCEPTED ? getTranslation("draw.response.done")
                : successor == null ? getTranslation("draw.response.done-vacant", m.fullName())
                : getTranslation("draw.response.done-replaced", m.fullName(), successor.fullName()));
        ListItem target = items.get(successor == null ? m.id() : successor.id());
        if (target != null) {
            target.getElement().executeJs("this.focus()");
        }
        return true;
    }
}
