package fr.agora.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.agora.shared.domain.BusinessException;

/** Uniform, accessible notifications (they are announced by screen readers through an ARIA live region). */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Shows a refused request in the user's language. */
    public static void error(BusinessException e) {
        error(translate(e));
    }

    public static String translate(BusinessException e) {
        UI ui = UI.getCurrent();
        return ui == null ? e.getMessageKey() : ui.getTranslation(e.getMessageKey(), e.getArgs());
    }
}
