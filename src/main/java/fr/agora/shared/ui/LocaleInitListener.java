package fr.agora.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AccountService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.service.ProfileData;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The language of every page: a signed-in person's profile decides (after a reload and after a new login too);
 * otherwise the visitor's choice in this session; otherwise French. The choice also sets the page's {@code lang}
 * attribute, which screen readers rely on.
 */
@Component
public class LocaleInitListener implements VaadinServiceInitListener {

    private static final String SESSION_KEY = "agora.locale";

    private final transient AccountService accounts;

    LocaleInitListener(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> apply(e.getUI(), initialLocale()));
    }

    /** The language a new page opens in: the profile's for a signed-in person, else the session's choice. */
    public Locale initialLocale() {
        if (CurrentUser.email().isPresent()) {
            try {
                Locale profile = toLocale(accounts.myProfile().locale());
                VaadinSession session = VaadinSession.getCurrent();
                if (session != null) {
                    session.setAttribute(SESSION_KEY, profile);
                }
                return profile;
            } catch (BusinessException | org.springframework.security.access.AccessDeniedException e) {
                // an account deleted meanwhile, or a login in progress: fall back to the session's choice
            }
        }
        return sessionLocale();
    }

    /**
     * Switches to {@code locale} from the header: saved in the profile of a signed-in person (so that it holds on
     * the next login), then the page reloads with the half-filled form kept.
     */
    public void switchTo(Locale locale) {
        if (CurrentUser.email().isPresent()) {
            ProfileData me = accounts.myProfile();
            accounts.updateMyProfile(me.displayName(), me.quartierId(), locale.getLanguage());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            FormMemory.remember(ui);
        }
        choose(locale);
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

    static Locale toLocale(String language) {
        return "en".equals(language) ? I18nProvider.ENGLISH : I18nProvider.FRENCH;
    }

    private static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.getElement().executeJs("document.documentElement.setAttribute('lang', $0)", locale.getLanguage());
    }

    static boolean isServiceAvailable() {
        return VaadinService.getCurrent() != null;
    }
}
