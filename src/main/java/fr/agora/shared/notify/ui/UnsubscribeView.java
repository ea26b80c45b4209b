package fr.agora.shared.notify.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.agora.shared.notify.service.UnsubscribeService;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;

/**
 * {@code /desabonnement?jeton=…}, the link of every notification mail: it says what the link stops and changes
 * nothing until the one button is pressed (mail scanners open links); no account or sign-in needed.
 */
@Route(value = "desabonnement", layout = MainLayout.class)
@AnonymousAllowed
public class UnsubscribeView extends AgoraView implements BeforeEnterObserver {

    private final UnsubscribeService unsubscribe;

    public UnsubscribeView(UnsubscribeService unsubscribe) {
        this.unsubscribe = unsubscribe;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getLocation().getQueryParameters().getSingleParameter("jeton").orElse("");
        UnsubscribeService.Link link = unsubscribe.check(token, getLocale());
        Paragraph message = new Paragraph();
        message.setId("unsubscribe-message");
        add(message);
        switch (link.state()) {
            case INVALID -> message.setText(getTranslation("notify.unsubscribe.invalid"));
            case ALREADY -> message.setText(getTranslation("notify.unsubscribe.already", link.topicLabel()));
            case ACTIVE -> {
                message.setText(getTranslation("notify.unsubscribe.confirm", link.topicLabel()));
                Button confirm = new Button(getTranslation("notify.unsubscribe.button"));
                confirm.setId("unsubscribe-confirm");
                confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                confirm.addClickListener(e -> {
                    unsubscribe.unsubscribe(token);
                    confirm.setVisible(false);
                    message.setText(getTranslation("notify.unsubscribe.done", link.topicLabel()));
                });
                add(confirm);
            }
        }
        add(new Anchor("mon-espace/notifications", getTranslation("notify.unsubscribe.manage")));
    }

    @Override
    protected String titleKey() {
        return "notify.unsubscribe.title";
    }
}
