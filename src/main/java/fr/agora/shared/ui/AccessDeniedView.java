package fr.agora.shared.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Page 403: the user is logged in but lacks the role. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends ErrorPageView<AccessDeniedException> {

    public AccessDeniedView() {
        super("error.denied.title", "error.denied", HttpServletResponse.SC_FORBIDDEN);
    }
}
