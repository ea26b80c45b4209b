package fr.agora.council.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fr.agora.council.service.CouncilData;
import java.time.LocalDate;
import java.util.Locale;

/** What the councils' views share. */
final class CouncilUi {

    private CouncilUi() {
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.FRENCH : ui.getLocale();
    }

    static String date(LocalDate date) {
        return date == null ? "" : fr.agora.shared.ui.Dates.longDate(date, locale());
    }

    /** "6 sièges d'habitants, 6 sièges d'associations" and the population they come from. */
    static String seats(Component c, CouncilData d) {
        return c.getTranslation("council.seats", d.habitantSeats(), d.associationSeats(), d.population(),
                d.populationSource(), String.valueOf(d.populationYear()));
    }

    /** Official with its arrêté, or provisional. */
    static String status(Component c, CouncilData d) {
        return d.official() ? c.getTranslation("council.official", date(d.arreteDate()), d.arreteReference())
                : c.getTranslation("council.provisional");
    }
}
