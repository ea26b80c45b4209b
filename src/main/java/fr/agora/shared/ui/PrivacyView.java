package fr.agora.shared.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The processing notice for accounts, which registration consents to. */
@Route(value = "confidentialite", layout = MainLayout.class)
@AnonymousAllowed
public class PrivacyView extends AgoraView {

    public PrivacyView() {
        add(new H2(getTranslation("privacy.accounts")));
        add(new Paragraph(getTranslation("privacy.controller")));
        UnorderedList list = new UnorderedList();
        for (String key : new String[] {"privacy.data", "privacy.purpose", "privacy.basis", "privacy.retention",
                "privacy.rights", "privacy.audit"}) {
            list.add(new ListItem(getTranslation(key)));
        }
        add(list);
        add(new Paragraph(getTranslation("privacy.version", fr.agora.shared.service.AccountService.NOTICE_VERSION)));
        add(new Paragraph(new com.vaadin.flow.component.html.Anchor("profil", getTranslation("privacy.exercise"))));
    }

    @Override
    protected String titleKey() {
        return "privacy.title";
    }
}
