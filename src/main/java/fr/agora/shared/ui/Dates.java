package fr.agora.shared.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as people read them: "1er décembre 2026" in French (never "1 décembre"), "1 December 2026" in English. */
public final class Dates {

    private Dates() {
    }

    /** A date in words, in {@code locale}; empty for {@code null}. */
    public static String longDate(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        String text = date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        if ("fr".equals(locale.getLanguage()) && date.getDayOfMonth() == 1) {
            text = text.replaceFirst("^1 ", "1er ");
        }
        return text;
    }
}
