package fr.agora.council.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import fr.agora.council.service.CouncilData;
import fr.agora.council.service.CouncilService;
import fr.agora.council.service.DrawData;
import fr.agora.council.service.DrawService;
import fr.agora.council.support.CouncilTestData;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.RunAs;
import fr.agora.support.AgoraSpringTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The ceremony view walks the operator through the steps; the public draw page shows only committed draws. */
@AgoraSpringTest
class DrawViewsTest extends SpringBrowserlessTest {

    @Autowired
    fr.agora.council.service.DrawReplyService replies;
    @Autowired
    CouncilService councils;
    @Autowired
    DrawService draws;

    @Autowired
    CouncilTestData data;

    CouncilData council() {
        return data.council().named("Conseil cérémonie").create();
    }

    @Test
    @WithMockUser(username = "tirage.vue@test.local", roles = {"DRAW_OPERATOR"})
    void theOperatorOpensADrawAndIsAskedForThePool() {
        CouncilData c = council();
        DrawCeremonyView view = navigate("conseils/tirages", DrawCeremonyView.class);
        assertThat(view.steps.getElement().getTextRecursively()).isEmpty();
        view.council.setValue(view.council.getListDataView().getItems().filter(x -> x.id() == c.id()).findFirst().orElseThrow());
        assertThat(view.steps.getElement().getTextRecursively()).contains("Aucun tirage n'est ouvert");
        test(view.openDraw).click();
        String text = view.steps.getElement().getTextRecursively();
        assertThat(text).contains("import du vivier").contains("6 sièges, soit 12 personnes à tirer")
                .contains("Importer une source du vivier");
        assertThat(draws.ofCouncil(c.id())).hasSize(1);
        // without a file, importing says so in French and changes nothing
        test(view.importButton).click();
        assertThat(test($(com.vaadin.flow.component.notification.Notification.class).last()).getText())
                .contains("Choisissez d'abord un fichier");
        assertThat(draws.ofCouncil(c.id()).get(0).poolSize()).isZero();
    }

    @Test
    @WithMockUser(username = "tirage.vue@test.local", roles = {"DRAW_OPERATOR"})
    void eachStepButtonActsOnceHoweverOftenThePageIsDrawn() {
        CouncilData c = council();
        draws.open(c.id());
        // the steps are drawn again on every choice of council, on attach and after every action
        DrawCeremonyView view = navigate("conseils/tirages", DrawCeremonyView.class);
        var chosen = view.council.getListDataView().getItems().filter(x -> x.id() == c.id()).findFirst().orElseThrow();
        view.council.setValue(chosen);
        view.council.clear();
        view.council.setValue(chosen);
        // one click, one action: importing without a file says so once
        test(view.importButton).click();
        assertThat($(com.vaadin.flow.component.notification.Notification.class).all()).hasSize(1);
        int own = com.vaadin.flow.component.ComponentUtil.getListeners(new com.vaadin.flow.component.button.Button(),
                com.vaadin.flow.component.ClickEvent.class).size();
        for (var button : List.of(view.importButton, view.freeze, view.compute, view.cancel, view.drawButton)) {
            assertThat(com.vaadin.flow.component.ComponentUtil.getListeners(button, com.vaadin.flow.component.ClickEvent.class))
                    .as(button.getId().orElseThrow()).hasSize(own + 1);
        }
    }


    @Test
    @WithMockUser(username = "tirage.vue@test.local", roles = {"DRAW_OPERATOR"})
    void afterTheDrawTheOperatorRecordsAnswers() throws Exception {
        CouncilData c = council();
        DrawData d = data.draw(c.id()).pool(CouncilTestData.pool(60, "Vue")).drawn();
        DrawCeremonyView view = navigate("conseils/tirages", DrawCeremonyView.class);
        view.council.setValue(view.council.getListDataView().getItems().filter(x -> x.id() == c.id()).findFirst().orElseThrow());
        assertThat(view.steps.getElement().getTextRecursively()).contains("Tirage effectué");
        var list = $(com.vaadin.flow.component.html.UnorderedList.class).id("draw-responses");
        assertThat(list.getChildren()).hasSize(12);
        // a drawn woman declines: the next woman of the reserve takes her seat, and the list says so
        var drawn = replies.drawnMembers(d.id());
        var woman = drawn.stream().filter(m -> woman(m.fullName())).findFirst().orElseThrow();
        com.vaadin.flow.component.button.Button decline = $(com.vaadin.flow.component.button.Button.class).all().stream()
                .filter(b -> (woman.fullName() + " refuse").equals(b.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
        test(decline).click();
        // the refusal is confirmed first (issue 14, item 3): the dialog says who of the reserve will be called
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("draw-confirm-what").getText())
                .contains("sera appelée à cette place");
        test($(com.vaadin.flow.component.button.Button.class).id("draw-confirm-ok")).click();
        list = $(com.vaadin.flow.component.html.UnorderedList.class).id("draw-responses");
        assertThat(list.getChildren()).hasSize(13);
        assertThat(list.getElement().getTextRecursively()).contains("refusée").contains("Remplace " + woman.fullName());
        var after = replies.drawnMembers(d.id());
        var replacement = after.stream().filter(m -> m.active() && m.seatNo() == woman.seatNo()
                && m.position() == woman.position()).findFirst().orElseThrow();
        assertThat(replacement.id()).isNotEqualTo(woman.id());
        assertThat(woman(replacement.fullName())).as(replacement.fullName()).isTrue();
        assertThat(after.stream().filter(m -> m.active()).count()).isEqualTo(12);
        assertThat(test($(com.vaadin.flow.component.notification.Notification.class).last()).getText())
                .isEqualTo("Réponse enregistrée : " + replacement.fullName() + " est appelé·e à la place de " + woman.fullName() + ".");
    }

    /** In {@code CouncilTestData.pool}, "Personne Vue<i>" is a woman when i is even. */
    static boolean woman(String fullName) {
        return Integer.parseInt(fullName.substring(fullName.lastIndexOf("Vue") + 3)) % 2 == 0;
    }

    @Test
    void thePublicPageHidesDrawsThatAreNotFrozen() {
        CouncilData c = council();
        DrawData d = RunAs.user("tirage.vue@test.local", () -> draws.open(c.id()), Role.Names.DRAW_OPERATOR);
        assertThat(d.poolSize()).isZero();
        PublicDrawView view = navigate("conseils/" + c.slug() + "/tirage", PublicDrawView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Aucun tirage n'a encore été engagé");
        assertThat(view.getPageTitle()).contains(c.name());
    }

    @Test
    void thePublicPageSaysWhenTheDrawTookPlaceAndLinksToStableFilesAndTheVerifier() {
        CouncilData c = council();
        DrawData d = data.draw(c.id()).drawn();
        PublicDrawView view = navigate("conseils/" + c.slug() + "/tirage", PublicDrawView.class);
        String when = $(com.vaadin.flow.component.html.Paragraph.class).id("draw-drawn-at-" + d.id()).getText();
        assertThat(when).startsWith("Tirage effectué le ").contains(" à ").endsWith("(heure de Paris).")
                .contains(fr.agora.shared.ui.Dates.longDate(d.drawnAt().atZone(java.time.ZoneId.of("Europe/Paris"))
                        .toLocalDate(), java.util.Locale.FRENCH));
        String html = view.getElement().toString();
        assertThat(html).contains("href=\"tirages/" + d.id() + "/registre.json\"")
                .contains("href=\"tirages/" + d.id() + "/vivier.csv\"").contains("href=\"verificateur/agora-verify.jar\"");
        assertThat(view.getElement().getTextRecursively()).contains("Java 21 ou plus récent");
    }
}
