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
 * UI texts from the {@code vaadin-i18n/*.properties} bundles: French first (the base bundle), English second.
 * A missing key shows as {@code !key!} and is logged, never as an exception in front of a resident.
 */
@Component
public class I18nProvider implements I18NProvider {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /**
     * The bundles, discovered on the classpath ({@code vaadin-i18n/*.properties}): the shared texts
     * ({@code translations}) first, then every feature's bundle by name. <b>How a feature contributes its texts:</b>
     * add {@code vaadin-i18n/<feature>.properties} (French) and {@code <feature>_en.properties} (English); no shared
     * file changes. A key must be defined in one bundle only (checked by {@code TranslationsTest}).
     */
    private static final List<String> BUNDLES = discover();
    private static final Logger log = LoggerFactory.getLogger(I18nProvider.class);

    /** The base names of the message bundles, {@code translations} first. */
    public static List<String> bundles() {
        return BUNDLES;
    }

    private static List<String> discover() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        try {
            for (org.springframework.core.io.Resource r : new org.springframework.core.io.support.PathMatchingResourcePatternResolver(
                    I18nProvider.class.getClassLoader()).getResources("classpath*:vaadin-i18n/*.properties")) {
                String file = r.getFilename();
                if (file != null) {
                    names.add(file.replaceFirst("\\.properties$", "").replaceFirst("_[a-z]{2}(_[A-Z]{2})?$", ""));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Textes de l'interface illisibles", e);
        }
        names.remove("translations");
        List<String> ordered = new java.util.ArrayList<>();
        ordered.add("translations");
        ordered.addAll(names);
        return List.copyOf(ordered);
    }

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
