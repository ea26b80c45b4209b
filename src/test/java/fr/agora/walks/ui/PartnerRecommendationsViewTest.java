package fr.agora.walks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.walks.domain.RecommendationStatus;
import fr.agora.support.As;
import fr.agora.walks.service.RecommendationData;
import fr.agora.walks.service.RecommendationForm;
import fr.agora.walks.service.RecommendationService;
import fr.agora.walks.service.WalkFixtures;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** A partner answers a recommendation from its page; another organisation's do not appear. */
@AgoraSpringTest
class PartnerRecommendationsViewTest extends SpringBrowserlessTest {

    @Autowired
    WalkFixtures fx;
    @Autowired
    RecommendationService recommendations;

    RecommendationData mine;
    RecommendationData theirs;

    @BeforeEach
    void transmitted() {
        fx.accounts();
        long walk = fx.walk("Partenaires vue");
        mine = As.user(WalkFixtures.STAFF, () -> {
            RecommendationData r = recommendations.create(walk, new RecommendationForm("Réparer la porte du hall",
                    "Porte forcée", WalkFixtures.PARTNER_ORG, null, Set.of()));
            return recommendations.changeStatus(r.id(), RecommendationStatus.TRANSMISE, null);
        }, Role.Names.STAFF);
        theirs = As.user(WalkFixtures.STAFF, () -> {
            RecommendationData r = recommendations.create(walk, new RecommendationForm("Déplacer l'arrêt de bus",
                    "Arrêt isolé", WalkFixtures.OTHER_ORG, null, Set.of()));
            return recommendations.changeStatus(r.id(), RecommendationStatus.TRANSMISE, null);
        }, Role.Names.STAFF);
    }

    @Test
    @WithMockUser(username = WalkFixtures.PARTNER, roles = {"RESIDENT", "PARTNER"})
    @SuppressWarnings("unchecked")
    void a_partner_refuses_with_a_reason() {
        PartnerRecommendationsView view = navigate(PartnerRecommendationsView.class);
        assertThat(view.shown).extracting(RecommendationData::id).contains(mine.id()).doesNotContain(theirs.id());
        RadioButtonGroup<RecommendationStatus> answer = $(RadioButtonGroup.class).id("partner-answer-" + mine.id());
        answer.setValue(RecommendationStatus.REFUSEE);
        test($(Button.class).id("partner-send-" + mine.id())).click();
        assertThat(As.user(WalkFixtures.PARTNER, () -> recommendations.getForPartner(mine.id()), Role.Names.PARTNER).status())
                .isEqualTo(RecommendationStatus.TRANSMISE);
        test($(TextArea.class).id("partner-comment-" + mine.id())).setValue("Porte déjà remplacée en janvier");
        answer = $(RadioButtonGroup.class).id("partner-answer-" + mine.id());
        answer.setValue(RecommendationStatus.REFUSEE);
        test($(Button.class).id("partner-send-" + mine.id())).click();
        assertThat(As.user(WalkFixtures.PARTNER, () -> recommendations.getForPartner(mine.id()), Role.Names.PARTNER).refusalReason())
                .isEqualTo("Porte déjà remplacée en janvier");
    }
}
