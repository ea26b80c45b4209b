package fr.agora.shared.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The mentions légales: publisher, host, licence, personal data. */
@Route(value = "mentions-legales", layout = MainLayout.class)
@AnonymousAllowed
public class LegalNoticeView extends TextPageView {

    public LegalNoticeView() {
        section("legal-publisher", "legal.publisher.title", "legal.publisher");
        section("legal-host", "legal.host.title", "legal.host");
        section("legal-licence", "legal.licence.title", "legal.licence");
        section("legal-data", "legal.data.title", "legal.data");
        section("legal-maps", "legal.maps.title", "legal.maps");
    }

    @Override
    protected String titleKey() {
        return "legal.title";
    }
}
