package fr.agora.shared.ui;

import com.vaadin.flow.component.UI;
import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Lets Bean Validation annotations name a UI text, {@code @NotBlank(message = "{register.name-required}")}: the
 * message comes from the {@code vaadin-i18n} bundles in the reader's language, as every other text. Other messages
 * go to Hibernate Validator's default interpolation. Declared in {@code META-INF/validation.xml}, so that the
 * {@code BeanValidationBinder}s of the forms use it.
 */
public class BundleMessageInterpolator implements MessageInterpolator {

    private static final Pattern KEY = Pattern.compile("\\{([a-z0-9][a-z0-9.\\-]*)}");
    private final MessageInterpolator fallback = new ResourceBundleMessageInterpolator();
    private final I18nProvider texts = new I18nProvider();

    @Override
    public String interpolate(String template, Context context) {
        UI ui = UI.getCurrent();
        return interpolate(template, context, ui == null ? I18nProvider.FRENCH : ui.getLocale());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        Matcher m = KEY.matcher(template);
        if (m.matches()) {
            String text = texts.getTranslation(m.group(1), locale);
            if (!text.startsWith("!")) {
                return text;
            }
        }
        return fallback.interpolate(template, context, locale);
    }
}
