package fr.agora.shared.notify.ui;

import fr.agora.shared.notify.service.NotificationPreferences;
import fr.agora.shared.ui.MySpaceSection;
import fr.agora.shared.ui.RouteTarget;
import fr.agora.shared.ui.I18nProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** "Mon espace" → "Mes notifications": how many topics I receive, and the page to choose them. */
@Component
class NotificationsMySpace implements MySpaceSection {

    private final NotificationPreferences preferences;
    private final I18nProvider i18n;

    NotificationsMySpace(NotificationPreferences preferences, I18nProvider i18n) {
        this.preferences = preferences;
        this.i18n = i18n;
    }

    @Override
    public String titleKey() {
        return "notify.myspace.title";
    }

    @Override
    public int order() {
        return 990;
    }

    @Override
    public List<Item> items(Locale locale) {
        long active = preferences.mine(locale).stream().filter(NotificationPreferences.Choice::active).count();
        return List.of(new Item(i18n.getTranslation("notify.myspace.link", locale),
                active == 0 ? i18n.getTranslation("notify.myspace.none", locale)
                        : i18n.getTranslation("notify.myspace.count", locale, active),
                RouteTarget.of(NotificationPreferencesView.class)));
    }
}
