package fr.agora.shared.ui;

import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Page 404, in the portal's layout. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends ErrorPageView<NotFoundException> {

    public NotFoundView() {
        super("error.not-found.title", "error.not-found", HttpServletResponse.SC_NOT_FOUND);
    }
}
