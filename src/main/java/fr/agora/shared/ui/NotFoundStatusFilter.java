package fr.agora.shared.ui;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives an unknown address its HTTP status: Vaadin answers a page request with its bootstrap page (200) and only then
 * shows the portal's "Page introuvable" in the browser, so a search engine, a link checker or a screen reader's
 * status would see a page that exists. A request for a page (GET, accepting HTML) whose path is none of the routes
 * gets 404, with the same page. Vaadin's own requests, files and every known route pass untouched.
 */
@Component
class NotFoundStatusFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null
                || (accept != null && !accept.contains("text/html") && !accept.contains("*/*"))
                || path.startsWith("/VAADIN/") || path.startsWith("/HEARTBEAT") || path.lastIndexOf('.') > path.lastIndexOf('/');
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String route = path.startsWith("/") ? path.substring(1) : path;
        boolean known;
        try {
            known = ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()))
                    .getNavigationTarget(route).isPresent();
        } catch (RuntimeException e) {
            known = true; // the registry cannot tell (still starting): leave the request as it is
        }
        if (known) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                super.setStatus(status == SC_OK ? SC_NOT_FOUND : status);
            }
        });
    }
}
