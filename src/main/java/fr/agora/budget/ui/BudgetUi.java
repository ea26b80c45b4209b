package fr.agora.budget.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import fr.agora.budget.domain.ProposalStatus;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Small helpers shared by the budget's views: amounts, dates (Europe/Paris) and status badges. */
final class BudgetUi {

    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private BudgetUi() {
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.FRENCH : ui.getLocale();
    }

    static String euros(Long amount) {
        if (amount == null) {
            return "—";
        }
        return NumberFormat.getIntegerInstance(Locale.FRANCE).format(amount) + " €";
    }

    static String date(LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(d);
    }

    static String dateTime(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale())
                .withZone(ZONE).format(at);
    }

    static Span status(Component c, ProposalStatus status) {
        Span badge = new Span(c.getTranslation("budget.status." + status.name()));
        badge.addClassName("agora-badge");
        return badge;
    }
}
