package fr.agora.shared.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Base of Agora's views: a translated page title ("Titre — Agora"), shown by {@link MainLayout} as the page's
 * heading, and a readable column on wide screens.
 */
public abstract class AgoraView extends VerticalLayout implements HasDynamicTitle {

    protected AgoraView() {
        addClassName("agora-view");
        setMaxWidth("960px");
        setWidthFull();
    }

    /** The message key of this view's title. */
    protected abstract String titleKey();

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey()) + " — Agora";
    }
}
