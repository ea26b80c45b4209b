package fr.agora.council.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import fr.agora.council.domain.College;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.domain.SeatRounding;
import fr.agora.council.service.Appointment;
import fr.agora.council.service.CouncilData;
import fr.agora.council.service.CouncilForm;
import fr.agora.council.service.CouncilService;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.RunAs;
import fr.agora.support.AgoraSpringTest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Staff create a council from the administration view; anyone reads its public page. */
@AgoraSpringTest
class CouncilViewsTest extends SpringBrowserlessTest {

    @Autowired
    fr.agora.council.service.MembershipService membership;
    @Autowired
    CouncilService councils;

    @Test
    @WithMockUser(username = "agent.vue@test.local", roles = {"STAFF"})
    void staffCreateACouncilAndSeeItsSeats() {
        String name = "Conseil vue " + UUID.randomUUID();
        CouncilsAdminView view = navigate("conseils/gestion", CouncilsAdminView.class);
        test(view.name).setValue(name);
        view.territories.setValue(Set.of("QPV-PIERRE-ROLLIN"));
        test(view.population).setValue(2920);
        test(view.save).click();
        // other tests may already have a council on this QPV: staff then confirm the overlap when asked
        $(com.vaadin.flow.component.button.Button.class).all().stream()
                .filter(b -> b.getId().filter("council-overlap-confirm"::equals).isPresent()).findFirst()
                .ifPresent(b -> test(b).click());
        CouncilData created = councils.all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        assertThat(created.habitantSeats()).isEqualTo(6);
        assertThat(created.rounding()).isEqualTo(SeatRounding.HALF_UP);
        assertThat(view.detail.getElement().getTextRecursively()).contains("6 sièges d'habitants");
    }

    @Test
    @WithMockUser(username = "agent.vue@test.local", roles = {"STAFF"})
    void aMissingTerritoryIsRefusedWithAFrenchMessage() {
        CouncilsAdminView view = navigate("conseils/gestion", CouncilsAdminView.class);
        String name = "Sans territoire " + UUID.randomUUID();
        test(view.name).setValue(name);
        test(view.population).setValue(1000);
        test(view.save).click();
        assertThat(councils.all()).noneMatch(c -> c.name().equals(name));
        assertThat(test($(com.vaadin.flow.component.notification.Notification.class).last()).getText())
                .contains("Choisissez au moins un quartier prioritaire");
    }

    @Test
    void thePublicPageCountsProvisionalMembersWithoutNamingThem() {
        CouncilData c = RunAs.user("agent.vue@test.local", () -> {
            CouncilData d = councils.create(new CouncilForm("Conseil public " + UUID.randomUUID(),
                    List.of("QPV-ETOUVIE"), 7007, "INSEE", 2025, SeatRounding.HALF_UP, false, 2, true));
            membership.appoint(d.id(), College.HABITANTS, MemberOrigin.DRAW,
                    new Appointment("Nom Caché", null, null, null, true), new Appointment("Autre Nom", null, null, null, true));
            return d;
        }, Role.Names.STAFF);
        assertThat(c.habitantSeats()).isEqualTo(14);
        CouncilView view = navigate("conseils/" + c.slug(), CouncilView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Composition provisoire").contains("Membres en fonction : 2")
                .doesNotContain("Nom Caché");
        assertThat($(Paragraph.class).id("council-status").getText()).contains("provisoire");
        assertThat(view.getPageTitle()).startsWith(c.name());
    }
}
