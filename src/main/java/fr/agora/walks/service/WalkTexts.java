package fr.agora.walks.service;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The walks' texts for documents made by the services (exports), from the same {@code vaadin-i18n/walks} bundles
 * as the views: French, or English when asked.
 */
final class WalkTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    WalkTexts(Locale locale) {
        this.locale = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        this.bundle = ResourceBundle.getBundle("vaadin-i18n.walks", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }
}
