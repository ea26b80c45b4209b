package fr.agora.plenary.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.agora.plenary.domain.MotionStatus;
import fr.agora.plenary.service.LiveState;
import fr.agora.plenary.service.MotionData;
import fr.agora.plenary.service.Quorum;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.ui.Notifications;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Shared bits of the plenary's views: dates in Europe/Paris, the quorum line and the tally of a motion. */
final class PlenaryUi {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private PlenaryUi() {
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.FRENCH : ui.getLocale();
    }

    static String when(Instant instant) {
        return instant == null ? "" : instant.atZone(PARIS).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG,
                FormatStyle.SHORT).withLocale(locale()));
    }

    static String time(Instant instant) {
        return instant == null ? "" : instant.atZone(PARIS).format(DateTimeFormatter.ofPattern("HH:mm:ss"));
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()));
    }

    static Span badge(String text) {
        Span s = new Span(text);
        s.addClassName("agora-badge");
        return s;
    }

    /** Runs an action and says what went wrong in French (or English), as a notification. */
    static boolean run(Runnable action) {
        try {
            action.run();
            return true;
        } catch (BusinessException e) {
            Notifications.error(e);
            return false;
        }
    }

    static String quorum(Component c, Quorum q) {
        return c.getTranslation(q.met() ? "plenary.quorum.met" : "plenary.quorum.not-met", q.present(), q.invited(),
                q.required(), q.percent());
    }

    /**
     * The motion and its count, as every screen shows it: title, state, pour / contre / abstention and the number of
     * ballots; once closed, the verdict, and for an open vote the names. Never names for a secret vote.
     */
    static Div tally(Component c, LiveState s, boolean large) {
        Div box = new Div();
        box.setId("tally");
        box.getElement().setAttribute("role", "status");
        box.getElement().setAttribute("aria-live", "polite");
        MotionData m = s.motion();
        Paragraph quorum = new Paragraph(quorum(c, s.quorum()));
        quorum.setId("quorum");
        if (m == null) {
            Paragraph none = new Paragraph(c.getTranslation("plenary.live.no-motion"));
            none.setId("motion-title");
            box.add(quorum, none);
            return box;
        }
        Paragraph title = new Paragraph(c.getTranslation("plenary.motion.kind." + m.kind().name()) + " — " + m.title());
        title.setId("motion-title");
        title.getStyle().set("font-weight", "700");
        String state = m.status() == MotionStatus.OPEN
                ? c.getTranslation("plenary.live.open", c.getTranslation("plenary.secrecy." + m.secrecy().name()),
                        c.getTranslation("plenary.majority." + m.majority().name()))
                        + (m.closesAt() == null ? "" : " " + c.getTranslation("plenary.live.closes-at", time(m.closesAt())))
                : c.getTranslation("plenary.live.closed");
        Paragraph status = new Paragraph(state);
        status.setId("motion-status");
        Div counts = new Div();
        counts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", large ? "2rem" : "0.75rem");
        counts.add(count(c, "pour", m.pour(), large), count(c, "contre", m.contre(), large),
                count(c, "abstention", m.abstentions(), large));
        Paragraph ballots = new Paragraph(c.getTranslation("plenary.live.ballots", m.ballots(),
                m.status() == MotionStatus.OPEN ? m.registered() : m.ballots()));
        ballots.setId("tally-ballots");
        box.add(quorum, title, status, counts, ballots);
        if (m.status() == MotionStatus.CLOSED && m.adopted() != null) {
            Paragraph verdict = new Paragraph(c.getTranslation(m.adopted() ? "plenary.live.adopted" : "plenary.live.rejected"));
            verdict.setId("motion-verdict");
            verdict.getStyle().set("font-weight", "700");
            box.add(verdict);
            if (!m.names().isEmpty()) {
                Div names = new Div();
                names.setId("motion-names");
                m.names().forEach(n -> names.add(new Paragraph(n.name() + " : "
                        + c.getTranslation("plenary.choice." + n.choice()))));
                box.add(names);
            }
        }
        return box;
    }

    private static Div count(Component c, String choice, long n, boolean large) {
        Div d = new Div();
        d.setId("tally-" + choice);
        d.getStyle().set("min-width", large ? "14rem" : "5.5rem").set("padding", large ? "1rem" : "0.5rem")
                .set("border", "2px solid currentColor").set("border-radius", "0.5rem").set("text-align", "center");
        Span number = new Span(String.valueOf(n));
        number.addClassName("tally-number");
        number.getStyle().set("display", "block").set("font-size", large ? "6rem" : "2rem").set("font-weight", "700")
                .set("line-height", "1.1");
        Span label = new Span(c.getTranslation("plenary.choice." + choice.toUpperCase(Locale.ROOT)));
        label.getStyle().set("font-size", large ? "2.5rem" : "1rem");
        d.add(number, label);
        return d;
    }
}
