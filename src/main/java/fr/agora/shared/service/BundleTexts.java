package fr.agora.shared.service;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of one feature's {@code vaadin-i18n} bundle for documents made outside a view (exports, mails): French,
 * or English when asked. A missing key shows as {@code !key!}, as in the views.
 */
public final class BundleTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    /**
     * @param bundle the bundle's base name under {@code vaadin-i18n}, such as {@code council}
     * @param locale the reader's locale; anything but English gives French
     */
    public BundleTexts(String bundle, Locale locale) {
        this.locale = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        this.bundle = ResourceBundle.getBundle("vaadin-i18n." + bundle, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key}, formatted with {@code args}. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        // as in the views: an apostrophe is an apostrophe, never MessageFormat quoting
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }
}
