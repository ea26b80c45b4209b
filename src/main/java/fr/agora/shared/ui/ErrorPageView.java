package fr.agora.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

/**
 * An error page in the portal's layout: a translated explanation, a link home, and the HTTP status.
 *
 * @param <E> the navigation exception this page handles
 */
abstract class ErrorPageView<E extends Exception> extends AgoraView implements HasErrorParameter<E> {

    private final String titleKey;
    private final int status;

    ErrorPageView(String titleKey, String messageKey, int status) {
        this.titleKey = titleKey;
        this.status = status;
        add(new Paragraph(getTranslation(messageKey)), new Anchor("", getTranslation("error.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        return status;
    }

    @Override
    protected String titleKey() {
        return titleKey;
    }
}
