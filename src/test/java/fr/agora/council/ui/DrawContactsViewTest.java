package fr.agora.council.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import fr.agora.council.service.DrawContactService;
import fr.agora.council.service.DrawContacts;
import fr.agora.council.service.DrawData;
import fr.agora.council.support.CouncilTestData;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Issue 14, item 1: the contact sheet reads as a list with phone and e-mail links, and offers CSV and PDF. */
@AgoraSpringTest
class DrawContactsViewTest extends SpringBrowserlessTest {

    @Autowired
    CouncilTestData data;
    @Autowired
    DrawContactService contacts;

    @Test
    @WithMockUser(username = "tirage.fiche@test.local", roles = {"DRAW_OPERATOR"})
    void theOperatorSeesEveryoneToCallWithLinksAndExports() {
        long councilId = data.council().named("Conseil fiche").create().id();
        DrawData drawn = data.draw(councilId).drawn();
        DrawContacts sheet = As.user("tirage.fiche@test.local", () -> contacts.contacts(drawn.id()),
                Role.Names.DRAW_OPERATOR);

        DrawContactsView view = navigate("conseils/tirages/" + drawn.id() + "/contacts", DrawContactsView.class);
        String text = view.content.getElement().getTextRecursively();
        assertThat(text).contains(sheet.councilName()).contains(sheet.lines().size() + " personnes à contacter")
                .contains("Réserve, rang 1").contains("Titulaire, siège 1")
                .contains(sheet.lines().get(0).email()).contains(sheet.lines().get(0).postalAddress());
        assertThat(view.list.getChildren().count()).isEqualTo(sheet.lines().size());
        assertThat(view.content.getElement().toString()).contains("mailto:" + sheet.lines().get(0).email())
                .contains("draw-contacts-csv").contains("draw-contacts-pdf");
    }

    @Test
    @WithMockUser(username = "tirage.fiche@test.local", roles = {"DRAW_OPERATOR"})
    void beforeTheDrawTheSheetSaysWhyInFrench() {
        long councilId = data.council().named("Conseil fiche vide").create().id();
        DrawData open = data.draw(councilId).open();
        DrawContactsView view = navigate("conseils/tirages/" + open.id() + "/contacts", DrawContactsView.class);
        assertThat(view.content.getElement().getTextRecursively()).doesNotContain("draw.").isNotBlank();
    }
}
