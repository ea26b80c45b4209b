package fr.agora.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fr.agora.shared.domain.BusinessException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What the user sees when an action fails outside navigation: a refused request in plain French, a refused
 * authorisation, or a reference number for an unexpected error (the log has the details).
 */
@Component
public class AgoraErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(AgoraErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable t = event.getThrowable();
        while (t.getCause() != null && !(t instanceof BusinessException) && !(t instanceof AccessDeniedException)) {
            t = t.getCause();
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Erreur hors interface", event.getThrowable());
            return;
        }
        if (t instanceof BusinessException be) {
            Notifications.error(be);
        } else if (t instanceof AccessDeniedException) {
            Notifications.error(ui.getTranslation("error.denied"));
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Erreur interne, référence {}", reference, event.getThrowable());
            Notifications.error(ui.getTranslation("error.internal", reference));
        }
    }
}
