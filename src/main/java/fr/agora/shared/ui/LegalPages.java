package fr.agora.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

/** The pages every page's footer links to: what a French public portal must publish, the site map and the help. */
final class LegalPages {

    record Page(String labelKey, Class<? extends Component> view) {
    }

    static final List<Page> FOOTER = List.of(
            new Page("footer.accessibility", AccessibilityView.class),
            new Page("footer.legal", LegalNoticeView.class),
            new Page("nav.privacy", PrivacyView.class),
            new Page("footer.sitemap", SiteMapView.class),
            new Page("footer.help", HelpView.class));

    private LegalPages() {
    }
}
