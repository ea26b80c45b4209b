package fr.agora.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Page 403: the user is logged in but lacks the role. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends AgoraView implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        add(new Paragraph(getTranslation("error.denied")), new Anchor("", getTranslation("error.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    protected String titleKey() {
        return "error.denied.title";
    }
}
