package fr.agora.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every UI starts in French unless the visitor chose English in this session. The choice also sets the page's
 * {@code lang} attribute, which screen readers rely on.
 */
@Component
public class LocaleInitListener implements VaadinServiceInitListener {

    private static final String SESSION_KEY = "agora.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> apply(e.getUI(), sessionLocale()));
    }

    /** The locale chosen in this session, French by default. */
    public static Locale sessionLocale() {
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return chosen instanceof Locale l ? l : I18nProvider.FRENCH;
    }

    /** Switches this session to {@code locale} and reloads the page so every text follows. */
    public static void choose(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_KEY, locale);
            session.setLocale(locale);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            apply(ui, locale);
            ui.getPage().reload();
        }
    }

    private static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.getElement().executeJs("document.documentElement.setAttribute('lang', $0)", locale.getLanguage());
    }

    static boolean isServiceAvailable() {
        return VaadinService.getCurrent() != null;
    }
}
