package fr.agora.plenary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fr.agora.plenary.service.ContributionData;
import fr.agora.plenary.service.ContributionService;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** Moderation of the residents' comments on the conseils' contributions: publish or reject each. */
@Route(value = "pleniere/moderation", layout = MainLayout.class)
@RolesAllowed({Role.Names.MODERATOR, Role.Names.STAFF, Role.Names.ADMIN})
public class CommentModerationView extends AgoraView implements BeforeEnterObserver {

    private final ContributionService contributions;

    public CommentModerationView(ContributionService contributions) {
        this.contributions = contributions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        build();
    }

    void build() {
        removeAll();
        var pending = contributions.pendingComments();
        if (pending.isEmpty()) {
            add(new Paragraph(getTranslation("plenary.moderation.none")));
        }
        for (ContributionData.CommentData c : pending) {
            Div card = new Div();
            card.addClassName("agora-card");
            card.add(new Paragraph(c.author() + " : " + c.body()));
            Button publish = new Button(getTranslation("plenary.moderation.publish"), e -> decide(c.id(), true));
            publish.setId("comment-publish-" + c.id());
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button reject = new Button(getTranslation("plenary.moderation.reject"), e -> decide(c.id(), false));
            reject.setId("comment-reject-" + c.id());
            card.add(publish, reject);
            add(card);
        }
    }

    void decide(long id, boolean publish) {
        if (PlenaryUi.run(() -> contributions.moderate(id, publish))) {
            build();
        }
    }

    @Override
    protected String titleKey() {
        return "plenary.moderation.title";
    }
}
