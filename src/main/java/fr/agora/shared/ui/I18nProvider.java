package fr.agora.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * UI texts from {@code vaadin-i18n/translations*.properties}: French first (the base bundle), English second.
 * A missing key shows as {@code !key!} and is logged, never as an exception in front of a resident.
 */
@Component
public class I18nProvider implements I18NProvider {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /**
     * The bundles, searched in this order: the shared texts, then one bundle per feature, so that features add
     * their texts without touching a shared file. A bundle that does not exist yet is skipped.
     */
    public static final java.util.List<String> BUNDLES = java.util.List.of("translations", "council", "pool", "candidacy",
            "election", "comite", "meetings", "walks",
            "budget", "plenary", "voting");
    private static final Logger log = LoggerFactory.getLogger(I18nProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(FRENCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : FRENCH;
        for (String name : BUNDLES) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle("vaadin-i18n." + name, effective,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            } catch (MissingResourceException e) {
                continue;
            }
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                // our texts never use MessageFormat quoting: an apostrophe is an apostrophe
                return params.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), effective).format(params);
            }
        }
        log.warn("Clé de traduction manquante : {} ({})", key, effective);
        return "!" + key + "!";
    }
}
