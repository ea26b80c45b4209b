package fr.agora.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Page 500. The visitor sees a reference number and no technical detail; the log has the stack trace under the
 * same reference.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class InternalErrorView extends AgoraView implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);
    private final Paragraph text = new Paragraph();

    public InternalErrorView() {
        add(text, new Anchor("", getTranslation("error.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Erreur interne, référence {}", reference, parameter.getCaughtException());
        text.setText(getTranslation("error.internal", reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    protected String titleKey() {
        return "error.internal.title";
    }
}
