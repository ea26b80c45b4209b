package fr.agora.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.agora.meetings.service.MeetingSummary;
import fr.agora.meetings.service.Paris;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Shared bits of the meetings' views. */
final class MeetingUi {

    private MeetingUi() {
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.FRENCH : ui.getLocale();
    }

    static String when(Instant instant) {
        return instant == null ? "" : Paris.shown(instant, locale());
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()));
    }

    static Span badge(String text) {
        Span s = new Span(text);
        s.addClassName("agora-badge");
        return s;
    }

    /** A meeting as a card: title linking to its page, body, time, place, status. */
    static Component card(Component c, MeetingSummary m) {
        Div card = new Div();
        card.addClassName("agora-card");
        card.setId("meeting-card-" + m.id());
        card.add(new H3(new Anchor(MeetingsNavigation.meeting(m.id()), m.title())));
        card.add(new Paragraph(m.bodyName()));
        card.add(new Paragraph(when(m.startsAt()) + " — " + m.place()));
        Paragraph badges = new Paragraph(badge(c.getTranslation("meetings.status." + m.status().name())));
        if (!m.publicMeeting()) {
            badges.add(new Span(" "), badge(c.getTranslation("meetings.members-only")));
        }
        card.add(badges);
        return card;
    }
}
