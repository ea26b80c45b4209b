package fr.agora.council.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouterLink;
import fr.agora.council.domain.CampaignKind;
import fr.agora.council.service.CampaignService;
import fr.agora.council.service.CouncilData;
import fr.agora.council.service.DrawData;
import fr.agora.council.service.DrawReplyService;
import fr.agora.council.support.CouncilTestData;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.StaffDashboardView;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Issue 14, the staff dashboard: the councils count answers due on a draw, calls closing and mandates ending. */
@AgoraSpringTest
class CouncilDashboardTest extends SpringBrowserlessTest {

    @Autowired
    CouncilTestData data;
    @Autowired
    DrawReplyService replies;
    @Autowired
    CampaignService calls;

    @Test
    @WithMockUser(username = CouncilTestData.OPERATOR, roles = {"DRAW_OPERATOR"})
    void theOperatorSeesTheAnswersDueOnADraw() {
        long before = replies.pendingAnswers();
        DrawData drawn = data.draw(data.council().named("Conseil tableau").create().id()).drawn();
        assertThat(replies.pendingAnswers()).isEqualTo(before + drawn.panelSize());
        navigate(StaffDashboardView.class);
        assertThat($(RouterLink.class).from($(com.vaadin.flow.component.html.UnorderedList.class).id("dashboard-items")).all()).anyMatch(l -> l.getHref().equals("conseils/tirages")
                && l.getText().contains("réponses attendues de personnes tirées"));
        // the operator sees no staff line
        assertThat($(com.vaadin.flow.component.html.UnorderedList.class).id("dashboard-items").getElement().getTextRecursively()).doesNotContain("appel à candidatures");
    }

    @Test
    @WithMockUser(username = "agent.tableau@test.local", roles = {"STAFF"})
    void staffSeeTheCallsClosingWithinAWeekAndTheMandatesEnding() {
        CouncilData c = data.council().named("Conseil appels").create();
        long before = calls.closingWithin(7);
        data.call(c.id(), CampaignKind.HABITANT).closingIn(Duration.ofDays(3)).create();
        data.call(c.id(), CampaignKind.ASSOCIATION).closingIn(Duration.ofDays(30)).create();
        assertThat(calls.closingWithin(7)).isEqualTo(before + 1);
        navigate(StaffDashboardView.class);
        assertThat($(RouterLink.class).from($(com.vaadin.flow.component.html.UnorderedList.class).id("dashboard-items")).all())
                .anyMatch(l -> l.getHref().equals("conseils/candidatures") && l.getText().contains("dans les 7 jours"))
                .anyMatch(l -> l.getHref().equals("conseils/gestion") && l.getText().contains("mandat"))
                .anyMatch(l -> l.getText().startsWith("Recommandations en retard"));
        assertThat($(com.vaadin.flow.component.html.UnorderedList.class).id("dashboard-items").getElement().getTextRecursively()).doesNotContain("personnes tirées");
    }
}
