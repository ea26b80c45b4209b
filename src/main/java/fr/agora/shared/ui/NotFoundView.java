package fr.agora.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Page 404, in the portal's layout. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends AgoraView implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        add(new Paragraph(getTranslation("error.not-found")), new Anchor("", getTranslation("error.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    protected String titleKey() {
        return "error.not-found.title";
    }
}
